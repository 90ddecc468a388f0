import { makeYouth, makeYouthInput } from '../../test/factories/youth'
import { emptyYouthInput, parseYouthInput, YOUTH_FIELDS, youthToInput } from './youth-input'

// How the youth form's input maps to a stored youth and back (the checks: youth-input.test.ts).

const TODAY = '2026-11-23'

describe('youthToInput', () => {
  it('turns a stored youth back into form input that validates to the same values', () => {
    const youth = makeYouth({ expectedOutflowDate: null, perspective: null })
    const input = youthToInput(youth)
    expect(input.expectedOutflowDate).toBe('')
    expect(input.perspective).toBe('')
    const result = parseYouthInput(input, TODAY)
    expect(result).toEqual({
      ok: true,
      values: {
        clientRef: youth.clientRef,
        displayName: youth.displayName,
        birthDate: youth.birthDate,
        municipalityCode: youth.municipalityCode,
        jeugdregio: youth.jeugdregio,
        location: youth.location,
        livingArrangement: youth.livingArrangement,
        placementDate: youth.placementDate,
        expectedOutflowDate: null,
        perspective: null,
        measure: youth.measure,
        guardianOrg: youth.guardianOrg,
        caseOwner: youth.caseOwner,
      },
    })
  })
})

describe('YOUTH_FIELDS', () => {
  it('names exactly the fields the youth form fills in and the check returns', () => {
    const result = parseYouthInput(makeYouthInput({ note: 'Heeft een steunfiguur' }), TODAY)
    expect(result.ok && Object.keys(result.values).sort()).toEqual([...YOUTH_FIELDS].sort())
    // The general note is optional: an empty form leaves it out.
    expect(Object.keys(emptyYouthInput()).sort()).toEqual(
      YOUTH_FIELDS.filter((f) => f !== 'note').sort(),
    )
  })

  it('leaves out what the app keeps itself: id, uitstroom, review date, red streaks', () => {
    const kept = ['id', 'outflow', 'lastReviewDate', 'redStreaks', 'createdAt', 'updatedAt']
    expect(YOUTH_FIELDS.filter((f) => kept.includes(f))).toEqual([])
  })
})
