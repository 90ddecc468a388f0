import { describe, expect, it } from 'vitest'
import {
  dueDateExample,
  EMPTY_AGREEMENT_FORM,
  parseAgreementForm,
} from './municipal-agreements-input'

const filled = { ...EMPTY_AGREEMENT_FORM, providerKey: 'de linde', text: '  Plan maken  ' }

describe('parseAgreementForm', () => {
  it('requires aanbieder and tekst', () => {
    expect(parseAgreementForm(EMPTY_AGREEMENT_FORM)).toEqual({
      ok: false,
      errors: { providerKey: 'required', text: 'required' },
    })
  })

  it('stores blank optional fields as none and trims the text', () => {
    expect(parseAgreementForm(filled)).toEqual({
      ok: true,
      values: {
        providerKey: 'de linde',
        text: 'Plan maken',
        reasonCode: null,
        clientRefs: [],
        owner: null,
        kind: null,
        response: null,
        dueDate: null,
      },
    })
  })

  it('refuses a cliëntnummer that could be a BSN, and one longer than 40 characters', () => {
    expect(parseAgreementForm({ ...filled, clientRef: '111222333' })).toMatchObject({
      errors: { clientRef: 'bsnNotAllowed' },
    })
    expect(parseAgreementForm({ ...filled, clientRef: 'x'.repeat(41) })).toMatchObject({
      errors: { clientRef: 'clientRefTooLong' },
    })
  })

  it('takes several cliëntnummers, each once, and refuses a BSN among them', () => {
    const parsed = parseAgreementForm({ ...filled, clientRef: 'K-1, K-2; K-1' })
    expect(parsed.ok && parsed.values.clientRefs).toEqual(['K-1', 'K-2'])
    expect(parseAgreementForm({ ...filled, clientRef: 'K-1, 111222333' })).toMatchObject({
      errors: { clientRef: 'bsnNotAllowed' },
    })
  })

  it('refuses a knelpuntcode the afsprakenbestand cannot carry, and a new streefdatum in the past', () => {
    expect(parseAgreementForm({ ...filled, reasonCode: 'wonen 2' })).toMatchObject({
      errors: { reasonCode: 'invalidReasonCode' },
    })
    expect(parseAgreementForm({ ...filled, reasonCode: 'won-2' })).toMatchObject({
      values: { reasonCode: 'WON-2' },
    })
    expect(
      parseAgreementForm({ ...filled, dueDate: '2026-12-01' }, { today: '2026-12-07' }),
    ).toMatchObject({
      errors: { dueDate: 'dateInPast' },
    })
    // An existing streefdatum that has since passed may stay as it is.
    const kept = parseAgreementForm(
      { ...filled, dueDate: '2026-12-01' },
      { today: '2026-12-07', previousDueDate: '2026-12-01' },
    )
    expect(kept.ok).toBe(true)
  })

  it('refuses a streefdatum that is not a real date', () => {
    expect(parseAgreementForm({ ...filled, dueDate: '2026-02-31' })).toMatchObject({
      errors: { dueDate: 'invalidDate' },
    })
  })

  it('refuses a knelpuntcode that is neither a standard code nor one of the ronde, naming the field', () => {
    const knownCodes = ['WON-2', 'EIG-1']
    expect(parseAgreementForm({ ...filled, reasonCode: 'WON-9' }, { knownCodes })).toEqual({
      ok: false,
      errors: { reasonCode: 'unknownReasonCode' },
    })
    expect(parseAgreementForm({ ...filled, reasonCode: 'eig-1' }, { knownCodes })).toMatchObject({
      values: { reasonCode: 'EIG-1' },
    })
    // An afspraak made with a code no provider uses any more keeps it when edited.
    const kept = parseAgreementForm(
      { ...filled, reasonCode: 'ZZZ-1' },
      { knownCodes, previousReasonCode: 'ZZZ-1' },
    )
    expect(kept.ok).toBe(true)
  })
})

describe('dueDateExample', () => {
  it('lies six weeks after today, or after a ronde that is still to come', () => {
    expect(dueDateExample('2026-12-07', '2026-10-25')).toBe('2027-01-18')
    expect(dueDateExample('2026-12-07', '2026-12-20')).toBe('2027-01-31')
  })
})
