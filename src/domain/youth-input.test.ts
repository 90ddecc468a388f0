import { makeYouthInput } from '../../test/factories/youth'
import {
  CLIENT_REF_MAX,
  emptyYouthInput,
  parseClientRef,
  parseYouthInput,
  type YouthInput,
} from './youth-input'

const TODAY = '2026-11-23'

function errorsOf(overrides: Partial<YouthInput>) {
  const result = parseYouthInput(makeYouthInput(overrides), TODAY)
  return result.ok ? {} : result.errors
}

describe('parseYouthInput', () => {
  it('accepts a complete youth and returns typed values', () => {
    expect(parseYouthInput(makeYouthInput(), TODAY)).toEqual({
      ok: true,
      values: {
        clientRef: 'K-2025-017',
        displayName: 'Sem',
        birthDate: '2010-03-10',
        municipalityCode: 'GM0518',
        jeugdregio: '',
        location: 'Gezinshuis De Linde',
        livingArrangement: 'gezinshuis',
        placementDate: '2025-02-01',
        expectedOutflowDate: '2027-01-31',
        perspective: 'kamertraining',
        measure: 'geen',
        guardianOrg: '',
        caseOwner: 'A. Bakker',
      },
    })
  })

  it('reports every required field of an empty form', () => {
    const result = parseYouthInput(emptyYouthInput(), TODAY)
    expect(result).toEqual({
      ok: false,
      errors: {
        clientRef: 'required',
        birthDate: 'required',
        municipalityCode: 'required',
        livingArrangement: 'required',
        placementDate: 'required',
      },
    })
  })

  it('treats a cliëntnummer of only spaces as missing', () => {
    expect(errorsOf({ clientRef: '   ' })).toEqual({ clientRef: 'required' })
  })

  describe('cliëntnummer', () => {
    it('rejects a BSN at clientRef with bsnNotAllowed', () => {
      // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−1·3 = 66, divisible by 11: could be a real BSN.
      expect(errorsOf({ clientRef: '111222333' })).toEqual({ clientRef: 'bsnNotAllowed' })
    })

    it('rejects a BSN even with spaces around it', () => {
      // 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8−1·2 = 154 = 14·11.
      expect(errorsOf({ clientRef: ' 123456782 ' })).toEqual({ clientRef: 'bsnNotAllowed' })
    })

    it('accepts a nine-digit number that fails the elfproef', () => {
      // 66 − 1 = 65 for 111222334: not divisible by 11, so cannot be a BSN.
      expect(errorsOf({ clientRef: '111222334' })).toEqual({})
    })

    it(`limits the cliëntnummer to ${CLIENT_REF_MAX} characters`, () => {
      expect(errorsOf({ clientRef: 'K'.repeat(40) })).toEqual({})
      expect(errorsOf({ clientRef: 'K'.repeat(41) })).toEqual({ clientRef: 'clientRefTooLong' })
    })
  })

  describe('gemeente', () => {
    it('rejects a municipality code that is not in the official list', () => {
      expect(errorsOf({ municipalityCode: 'GM9999' })).toEqual({
        municipalityCode: 'unknownMunicipality',
      })
    })

    it('expects the CBS code, not the name', () => {
      expect(errorsOf({ municipalityCode: 'Den Haag' })).toEqual({
        municipalityCode: 'unknownMunicipality',
      })
    })

    it('accepts another real municipality code', () => {
      // GM0344 is Utrecht.
      expect(errorsOf({ municipalityCode: 'GM0344' })).toEqual({})
    })
  })

  describe('dates', () => {
    it.each(['2010-02-30', '10-03-2010', '2010/03/10'])(
      'rejects the geboortedatum %s as not a date',
      (birthDate) => {
        expect(errorsOf({ birthDate }).birthDate).toBe('invalidDate')
      },
    )

    it('rejects a geboortedatum in the future', () => {
      expect(errorsOf({ birthDate: '2026-11-24' }).birthDate).toBe('dateInFuture')
    })

    it('rejects a plaatsingsdatum in the future but accepts today', () => {
      expect(errorsOf({ placementDate: '2026-11-24' })).toEqual({ placementDate: 'dateInFuture' })
      expect(errorsOf({ placementDate: TODAY })).toEqual({})
    })

    it('rejects a geboortedatum more than 27 years ago', () => {
      // 27 years before 23 November 2026 is 23 November 1999.
      const placementDate = '2020-01-01'
      expect(errorsOf({ birthDate: '1999-11-23', placementDate })).toEqual({})
      expect(errorsOf({ birthDate: '1999-11-22', placementDate })).toEqual({
        birthDate: 'birthDateTooOld',
      })
    })

    it('rejects a plaatsingsdatum before the geboortedatum', () => {
      expect(errorsOf({ birthDate: '2010-03-10', placementDate: '2010-03-09' })).toEqual({
        placementDate: 'beforeBirth',
      })
      expect(errorsOf({ birthDate: '2010-03-10', placementDate: '2010-03-10' })).toEqual({})
    })

    it('names only the invalid date, not a second field compared with it', () => {
      expect(errorsOf({ birthDate: '31-12-2010' })).toEqual({ birthDate: 'invalidDate' })
      expect(errorsOf({ placementDate: '31-12-2023' })).toEqual({ placementDate: 'invalidDate' })
    })

    it('reports field and cross-field problems in one go', () => {
      expect(
        errorsOf({
          livingArrangement: '',
          birthDate: '2010-01-01',
          placementDate: '2009-01-01',
          measure: 'ots',
          guardianOrg: '',
        }),
      ).toEqual({
        livingArrangement: 'required',
        placementDate: 'beforeBirth',
        guardianOrg: 'guardianOrgRequired',
      })
    })

    it('rejects a beoogde uitstroomdatum before the plaatsingsdatum', () => {
      expect(errorsOf({ expectedOutflowDate: '2025-01-31' })).toEqual({
        expectedOutflowDate: 'beforePlacement',
      })
      expect(errorsOf({ expectedOutflowDate: '2025-02-01' })).toEqual({})
    })

    it('accepts a beoogde uitstroomdatum in the future', () => {
      expect(errorsOf({ expectedOutflowDate: '2028-06-30' })).toEqual({})
    })

    it('rejects a beoogde uitstroomdatum that is not a date', () => {
      expect(errorsOf({ expectedOutflowDate: '31-01-2027' })).toEqual({
        expectedOutflowDate: 'invalidDate',
      })
    })
  })

  describe('maatregel and GI', () => {
    it.each(['ots', 'voogdij', 'jeugdreclassering'])(
      'requires the name of the GI when the maatregel is %s',
      (measure) => {
        expect(errorsOf({ measure, guardianOrg: '' })).toEqual({
          guardianOrg: 'guardianOrgRequired',
        })
        expect(errorsOf({ measure, guardianOrg: '   ' })).toEqual({
          guardianOrg: 'guardianOrgRequired',
        })
        expect(errorsOf({ measure, guardianOrg: 'GI Voorbeeld' })).toEqual({})
      },
    )

    it('does not require a GI without a maatregel', () => {
      expect(errorsOf({ measure: 'geen', guardianOrg: '' })).toEqual({})
    })

    it('rejects an unknown maatregel', () => {
      expect(errorsOf({ measure: 'toezicht' })).toEqual({ measure: 'required' })
    })
  })

  describe('choice lists', () => {
    it('rejects an unknown verblijfsvorm', () => {
      expect(errorsOf({ livingArrangement: 'hotel' })).toEqual({ livingArrangement: 'required' })
    })

    it('rejects an unknown perspectief', () => {
      expect(errorsOf({ perspective: 'buitenland' })).toEqual({ perspective: 'unknownValue' })
    })

    it('accepts "nog onbekend" as a perspectief', () => {
      const result = parseYouthInput(makeYouthInput({ perspective: 'onbekend' }), TODAY)
      expect(result.ok && result.values.perspective).toBe('onbekend')
    })
  })

  it('trims spaces around every value', () => {
    const result = parseYouthInput(
      makeYouthInput({
        clientRef: '  K-1  ',
        displayName: ' Sem ',
        birthDate: ' 2010-03-10 ',
        municipalityCode: ' GM0518 ',
        location: '\tGroep A ',
        placementDate: ' 2025-02-01',
        expectedOutflowDate: '2027-01-31 ',
        measure: 'ots',
        guardianOrg: '  GI Voorbeeld ',
        caseOwner: ' A. Bakker ',
      }),
      TODAY,
    )
    expect(result.ok).toBe(true)
    expect(result.ok && result.values).toMatchObject({
      clientRef: 'K-1',
      displayName: 'Sem',
      birthDate: '2010-03-10',
      municipalityCode: 'GM0518',
      location: 'Groep A',
      placementDate: '2025-02-01',
      expectedOutflowDate: '2027-01-31',
      guardianOrg: 'GI Voorbeeld',
      caseOwner: 'A. Bakker',
    })
  })

  it('stores empty optional fields as empty (no uitstroomdatum, no perspectief)', () => {
    const result = parseYouthInput(
      makeYouthInput({ expectedOutflowDate: '  ', perspective: '', displayName: '' }),
      TODAY,
    )
    expect(result.ok && result.values).toMatchObject({
      expectedOutflowDate: null,
      perspective: null,
      displayName: '',
    })
  })

  it('limits free-text fields to 200 characters', () => {
    expect(errorsOf({ displayName: 'x'.repeat(200) })).toEqual({})
    expect(errorsOf({ displayName: 'x'.repeat(201) })).toEqual({ displayName: 'tooLong' })
    expect(errorsOf({ location: 'x'.repeat(201) })).toEqual({ location: 'tooLong' })
  })

  it('reports several problems at once, each at its own field', () => {
    expect(
      errorsOf({ clientRef: '111222333', birthDate: '2026-12-01', municipalityCode: 'GM9999' }),
    ).toMatchObject({
      clientRef: 'bsnNotAllowed',
      birthDate: 'dateInFuture',
      municipalityCode: 'unknownMunicipality',
    })
  })
})

describe('parseClientRef (a cliëntnummer entered on its own)', () => {
  it('checks it by the youth form’s rule and gives the trimmed number', () => {
    expect(parseClientRef('  K-8 ')).toEqual({ ok: true, value: 'K-8' })
    expect(parseClientRef('  ')).toEqual({ ok: false, error: 'required' })
    expect(parseClientRef('111222333')).toEqual({ ok: false, error: 'bsnNotAllowed' })
    expect(parseClientRef('K'.repeat(CLIENT_REF_MAX + 1))).toEqual({
      ok: false,
      error: 'clientRefTooLong',
    })
  })
})
