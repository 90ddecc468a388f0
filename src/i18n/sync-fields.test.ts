import { describe, expect, it } from 'vitest'
import { defaultPreconditions } from '../domain/preconditions'
import { defaultReasonCodes } from '../domain/reason-codes'
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
})
