import { defaultPreconditions } from './preconditions'
import { defaultReasonCodes } from './reason-codes'
import { validateSettings } from './settings-input'
import { makeSettings } from '../../test/factories/settings'
import type { PreconditionDef, ReasonCodeDef } from './types'

function ownPrecondition(name: string | null): PreconditionDef {
  return { id: 'eigen-geld', name, enabled: true, builtin: false, criteria: null }
}

function ownCode(code: string, label: string | null): ReasonCodeDef {
  return { code, label, preconditionId: null, enabled: true, builtin: false }
}

describe('validateSettings', () => {
  it('accepts the default settings', () => {
    expect(validateSettings(makeSettings())).toEqual({})
  })

  it('limits the provider name to 120 characters', () => {
    expect(validateSettings(makeSettings({ providerName: 'x'.repeat(120) }))).toEqual({})
    expect(validateSettings(makeSettings({ providerName: 'x'.repeat(121) }))).toEqual({
      providerName: 'tooLong',
    })
  })

  it.each([
    ['futurePlanAge', 11],
    ['futurePlanAge', 19],
    ['futurePlanAge', 16.5],
    ['reviewCadenceDays', 6],
    ['reviewCadenceDays', 367],
    ['reportPeriodWeeks', 0],
    ['reportPeriodWeeks', 27],
  ] as const)('reports %s = %d as out of range at that field', (field, value) => {
    expect(validateSettings(makeSettings({ [field]: value }))).toEqual({ [field]: 'outOfRange' })
  })

  it.each([
    ['futurePlanAge', 12],
    ['futurePlanAge', 18],
    ['reviewCadenceDays', 7],
    ['reviewCadenceDays', 366],
    ['reportPeriodWeeks', 1],
    ['reportPeriodWeeks', 26],
  ] as const)('accepts %s = %d at the edge of its range', (field, value) => {
    expect(validateSettings(makeSettings({ [field]: value }))).toEqual({})
  })

  it('reports an anchor date that does not exist', () => {
    expect(validateSettings(makeSettings({ reportAnchorDate: '2026-02-30' }))).toEqual({
      reportAnchorDate: 'invalidDate',
    })
  })

  it('requires a name for a user-added precondition, at its index in the list', () => {
    const preconditions = [...defaultPreconditions(), ownPrecondition('   ')]
    expect(validateSettings(makeSettings({ preconditions }))).toEqual({
      'preconditions.5.name': 'required',
    })
    const unnamed = [...defaultPreconditions(), ownPrecondition(null)]
    expect(validateSettings(makeSettings({ preconditions: unnamed }))).toEqual({
      'preconditions.5.name': 'required',
    })
  })

  it('lets a built-in precondition keep its built-in name (no name of its own)', () => {
    const preconditions = defaultPreconditions()
    expect(preconditions.every((p) => p.name === null)).toBe(true)
    expect(validateSettings(makeSettings({ preconditions }))).toEqual({})
  })

  it('reports a knelpuntcode in the wrong format at its index', () => {
    const reasonCodes = [...defaultReasonCodes(), ownCode('geld 1', 'Geld')]
    expect(validateSettings(makeSettings({ reasonCodes }))).toEqual({
      [`reasonCodes.${defaultReasonCodes().length}.code`]: 'codeFormat',
    })
  })

  it('reports the second use of a code as a duplicate, not the first', () => {
    const reasonCodes = [...defaultReasonCodes(), ownCode('WON-1', 'Nog een keer')]
    expect(validateSettings(makeSettings({ reasonCodes }))).toEqual({
      [`reasonCodes.${defaultReasonCodes().length}.code`]: 'duplicate',
    })
  })

  it('requires a label for a user-added code, but not for a built-in one', () => {
    const n = defaultReasonCodes().length
    const reasonCodes = [...defaultReasonCodes(), ownCode('GLD-1', ''), ownCode('GLD-2', null)]
    expect(validateSettings(makeSettings({ reasonCodes }))).toEqual({
      [`reasonCodes.${n}.label`]: 'required',
      [`reasonCodes.${n + 1}.label`]: 'required',
    })
  })

  it('reports every problem at once, each at its own path', () => {
    const draft = makeSettings({
      providerName: 'x'.repeat(200),
      futurePlanAge: 30,
      reportAnchorDate: '',
      preconditions: [...defaultPreconditions(), ownPrecondition('')],
      reasonCodes: [ownCode('bad', 'Slecht')],
    })
    expect(validateSettings(draft)).toEqual({
      providerName: 'tooLong',
      futurePlanAge: 'outOfRange',
      reportAnchorDate: 'invalidDate',
      'preconditions.5.name': 'required',
      'reasonCodes.0.code': 'codeFormat',
    })
  })
})
