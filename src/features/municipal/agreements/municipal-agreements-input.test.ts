import { describe, expect, it } from 'vitest'
import { EMPTY_AGREEMENT_FORM, parseAgreementForm } from './municipal-agreements-input'

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
        clientRef: null,
        owner: null,
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

  it('refuses a streefdatum that is not a real date', () => {
    expect(parseAgreementForm({ ...filled, dueDate: '2026-02-31' })).toMatchObject({
      errors: { dueDate: 'invalidDate' },
    })
  })
})
