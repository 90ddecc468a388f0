import { describe, expect, it } from 'vitest'
import { defaultPreconditions } from '../domain/preconditions'
import { defaultReasonCodes } from '../domain/reason-codes'
import { en } from './en'
import { nl } from './nl'
import { syncFieldLabel, syncFieldValue } from './sync-fields'

const preconditions = defaultPreconditions()

describe('a team-sync conflict as the user reads it', () => {
  it('names the field: the precondition and the part of it, or the youth’s own field', () => {
    expect(syncFieldLabel(nl, 'assessments.wonen.note', preconditions)).toBe('Wonen — Toelichting')
    expect(syncFieldLabel(nl, 'details.caseOwner', preconditions)).toBe('Regiebehandelaar')
    expect(syncFieldLabel(nl, 'details.outflow', preconditions)).toBe('Uitstroom')
    expect(syncFieldLabel(nl, 'deleted', preconditions)).toBe(
      'Verwijderd op een andere laptop, hier gewijzigd',
    )
    expect(syncFieldLabel(nl, 'app.providerName', preconditions)).toBe(
      'Instellingen: Naam zorgaanbieder',
    )
    expect(syncFieldLabel(nl, 'app.municipal.rondeWeeks', preconditions)).toBe(
      'Instellingen: Weken tussen twee rondes',
    )
  })

  it('shows values in words: colours, gemeenten, dates, an uitstroom', () => {
    const codes = defaultReasonCodes()
    expect(syncFieldValue(nl, codes, 'assessments.wonen.status', 'rood')).toBe('rood')
    expect(syncFieldValue(nl, codes, 'details.municipalityCode', 'GM0518')).toBe("'s-Gravenhage")
    expect(syncFieldValue(nl, codes, 'details.placementDate', '2026-03-01')).toBe('01-03-2026')
    const outflow = { date: '2026-11-20', destination: 'pleeggezin', reason: '01', note: '' }
    expect(syncFieldValue(nl, codes, 'details.outflow', outflow)).toMatch(
      /^20-11-2026 · Pleeggezin/,
    )
    expect(syncFieldValue(nl, codes, 'deleted', true)).toBe('Verwijderen')
  })

  it('names an afspraak’s, a review’s and a received afspraak’s fields in words, never raw keys', () => {
    const label = (field: string) => syncFieldLabel(nl, field, preconditions)
    expect(['text', 'owner', 'dueDate', 'status', 'closedRonde', 'reasonCode'].map(label)).toEqual([
      'Tekst',
      'Eigenaar',
      'Streefdatum',
      'Status',
      'Afgerond in ronde',
      'Knelpuntcode',
    ])
    expect(['clientRefs', 'kind', 'response'].map(label)).toEqual([
      'Cliëntnummers',
      'Soort',
      'Reactie gemeente',
    ])
    expect(['history.h1', 'progress.p1', 'participants', 'date'].map(label)).toEqual([
      'Geschiedenis',
      'Voortgang',
      'Deelnemers',
      'Datum',
    ])
    expect(syncFieldLabel(en, 'owner', preconditions)).toBe('Owner')
    expect(syncFieldLabel(en, 'progress.p1', preconditions)).toBe('Progress')
  })

  it('shows an afspraak’s choices and dates in words', () => {
    const codes = defaultReasonCodes()
    expect(syncFieldValue(nl, codes, 'owner', 'gemeente')).toBe('Gemeente/toegang')
    expect(syncFieldValue(nl, codes, 'status', 'afgerond')).toBe('Afgerond')
    expect(syncFieldValue(nl, codes, 'kind', 'financieel')).toBe('Financieel')
    expect(syncFieldValue(nl, codes, 'dueDate', '2026-12-31')).toBe('31-12-2026')
    expect(syncFieldValue(nl, codes, 'clientRefs', ['K-1', 'K-2'])).toBe('K-1, K-2')
    expect(syncFieldValue(en, codes, 'owner', 'aanbieder')).toBe('Provider')
  })
})
