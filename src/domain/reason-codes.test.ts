import { PRECONDITION_IDS } from './preconditions'
import {
  defaultReasonCodes,
  OTHER_REASON_CODE,
  REASON_CODE_PATTERN,
  reasonCodesFor,
} from './reason-codes'
import type { ReasonCodeDef } from './types'

const ANY = ['JON-1', 'JON-2', 'ORG-1', 'VEI-1', 'OVR']

function codesOf(defs: readonly ReasonCodeDef[]): string[] {
  return defs.map((d) => d.code)
}

describe('default knelpuntcodes', () => {
  it('groups the codes by precondition as in the product definition', () => {
    const groups = new Map<string | null, string[]>()
    for (const c of defaultReasonCodes())
      groups.set(c.preconditionId, [...(groups.get(c.preconditionId) ?? []), c.code])
    expect(Object.fromEntries(groups)).toEqual({
      [PRECONDITION_IDS.housing]: ['WON-1', 'WON-2', 'WON-3', 'WON-4'],
      [PRECONDITION_IDS.school]: ['SCH-1', 'SCH-2'],
      [PRECONDITION_IDS.futurePlan]: ['INK-1', 'INK-2', 'INK-3', 'ZRG-1', 'ZRG-3'],
      [PRECONDITION_IDS.followUpCare]: ['ZRG-2', 'ZRG-4', 'AAN-1'],
      [PRECONDITION_IDS.network]: ['NET-1', 'NET-2'],
      null: ANY,
    })
  })

  it('starts with every code switched on and marked built in', () => {
    for (const c of defaultReasonCodes()) {
      expect(c.enabled).toBe(true)
      expect(c.builtin).toBe(true)
      expect(c.label).toBeNull()
    }
  })

  it('uses OVR (overig) as the code that needs a toelichting', () => {
    expect(OTHER_REASON_CODE).toBe('OVR')
  })

  it('writes every default code in the accepted code format', () => {
    for (const c of defaultReasonCodes()) expect(c.code).toMatch(REASON_CODE_PATTERN)
  })
})

describe('reasonCodesFor', () => {
  it("offers Wonen's own codes first, then the codes for any precondition", () => {
    expect(codesOf(reasonCodesFor(PRECONDITION_IDS.housing, defaultReasonCodes()))).toEqual([
      'WON-1',
      'WON-2',
      'WON-3',
      'WON-4',
      ...ANY,
    ])
  })

  it('never offers another precondition’s codes', () => {
    const offered = codesOf(reasonCodesFor(PRECONDITION_IDS.futurePlan, defaultReasonCodes()))
    expect(offered).toEqual(['INK-1', 'INK-2', 'INK-3', 'ZRG-1', 'ZRG-3', ...ANY])
    expect(offered).not.toContain('WON-1')
    expect(offered).not.toContain('ZRG-2')
  })

  it('puts the own group first even when the list stores the general codes earlier', () => {
    const defaults = defaultReasonCodes()
    const reordered = [
      ...defaults.filter((c) => c.preconditionId === null),
      ...defaults.filter((c) => c.preconditionId !== null),
    ]
    expect(codesOf(reasonCodesFor(PRECONDITION_IDS.school, reordered))).toEqual([
      'SCH-1',
      'SCH-2',
      ...ANY,
    ])
  })

  it('leaves out codes that are switched off, in the own group and in the general group', () => {
    const codes = defaultReasonCodes().map((c) =>
      c.code === 'WON-2' || c.code === 'VEI-1' ? { ...c, enabled: false } : c,
    )
    expect(codesOf(reasonCodesFor(PRECONDITION_IDS.housing, codes))).toEqual([
      'WON-1',
      'WON-3',
      'WON-4',
      'JON-1',
      'JON-2',
      'ORG-1',
      'OVR',
    ])
  })

  it('offers a user-added precondition its own new codes plus the general ones', () => {
    const own: ReasonCodeDef = {
      code: 'GLD-1',
      label: 'Geen budgetcoach',
      preconditionId: 'eigen-geld',
      enabled: true,
      builtin: false,
    }
    expect(codesOf(reasonCodesFor('eigen-geld', [...defaultReasonCodes(), own]))).toEqual([
      'GLD-1',
      ...ANY,
    ])
  })
})

describe('REASON_CODE_PATTERN', () => {
  it.each(['WON-5', 'EIG-1', 'OVR', 'AB-12', 'ABCD-1'])('accepts %s', (code) => {
    expect(REASON_CODE_PATTERN.test(code)).toBe(true)
  })

  it.each(['won-1', 'W-1', 'WONEN-1', 'WON-123', 'WON1', 'WON-', ' WON-1', ''])(
    'rejects %j',
    (code) => {
      expect(REASON_CODE_PATTERN.test(code)).toBe(false)
    },
  )
})
