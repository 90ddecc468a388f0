import { BUILTIN_PRECONDITION_IDS, defaultPreconditions } from './preconditions'
import { defaultReasonCodes } from './reason-codes'
import { defaultSettings, restoreSettings } from './settings'
import { validateSettings } from './settings-input'
import type { PreconditionDef, ReasonCodeDef } from './types'

const TODAY = new Date('2026-11-23T12:00:00')
const defaults = () => defaultSettings(TODAY)

function restore(raw: unknown) {
  return restoreSettings(raw, TODAY)
}

describe('defaultSettings', () => {
  it('starts Toekomstplan 18+ at 16, verouderd after 35 days and reports every 6 weeks', () => {
    const d = defaults()
    expect(d.futurePlanAge).toBe(16)
    expect(d.reviewCadenceDays).toBe(35)
    expect(d.reportPeriodWeeks).toBe(6)
    expect(d.providerName).toBe('')
    expect(d.locations).toEqual([])
  })

  it('anchors report periods on the Monday on or before 1 January of the current year', () => {
    // 1 January 2026 is a Thursday; the Monday before it is 29 December 2025.
    expect(defaults().reportAnchorDate).toBe('2025-12-29')
    // 1 January 2024 was itself a Monday.
    expect(defaultSettings(new Date('2024-06-15T12:00:00')).reportAnchorDate).toBe('2024-01-01')
  })

  it('ships the default preconditions and knelpuntcodes', () => {
    expect(defaults().preconditions).toEqual(defaultPreconditions())
    expect(defaults().reasonCodes).toEqual(defaultReasonCodes())
  })
})

describe('restoreSettings', () => {
  it.each([null, undefined, 'garbage', 42, true, [], [1, 2]])(
    'gives the default settings for stored garbage (%j)',
    (raw) => {
      expect(restore(raw)).toEqual(defaults())
    },
  )

  it('keeps the valid locations when one stored location is broken', () => {
    expect(restore({ locations: ['Groep A', 7, 'Groep B', 'Groep A'] }).locations).toEqual([
      'Groep A',
      'Groep B',
    ])
  })

  it('keeps a built-in precondition stored without an on/off flag at its default', () => {
    const restored = restore({ preconditions: [{ id: 'netwerk' }, { id: 'wonen' }] })
    expect(restored.preconditions.find((p) => p.id === 'netwerk')?.enabled).toBe(false)
    expect(restored.preconditions.find((p) => p.id === 'wonen')?.enabled).toBe(true)
  })

  it('replaces fields of the wrong type by their defaults', () => {
    const restored = restore({
      providerName: 5,
      preconditions: 'wonen',
      reasonCodes: { code: 'WON-1' },
      futurePlanAge: '17',
      reviewCadenceDays: null,
      reportPeriodWeeks: {},
      reportAnchorDate: 20260105,
      locations: 'Groep A',
    })
    expect(restored).toEqual(defaults())
  })

  it('keeps every valid stored value', () => {
    const stored = {
      ...defaults(),
      providerName: 'Stichting Voorbeeld',
      futurePlanAge: 17,
      reviewCadenceDays: 28,
      reportPeriodWeeks: 4,
      reportAnchorDate: '2026-01-05',
      locations: ['Groep A', 'Gezinshuis B'],
    }
    expect(restore(stored)).toEqual(stored)
  })

  it('survives a JSON round trip unchanged', () => {
    const settings = { ...defaults(), providerName: 'Stichting Voorbeeld', locations: ['Groep A'] }
    expect(restore(JSON.parse(JSON.stringify(settings)))).toEqual(settings)
  })

  it('falls back to the default for an anchor date that does not exist', () => {
    expect(restore({ reportAnchorDate: '2026-02-30' }).reportAnchorDate).toBe('2025-12-29')
    expect(restore({ reportAnchorDate: '05-01-2026' }).reportAnchorDate).toBe('2025-12-29')
  })

  it.each([
    ['futurePlanAge', 11, 16],
    ['futurePlanAge', 19, 16],
    ['futurePlanAge', 16.5, 16],
    ['reviewCadenceDays', 6, 35],
    ['reviewCadenceDays', 367, 35],
    ['reviewCadenceDays', Number.NaN, 35],
    ['reportPeriodWeeks', 0, 6],
    ['reportPeriodWeeks', 27, 6],
    ['reportPeriodWeeks', -6, 6],
  ] as const)(
    'falls back to the default when %s is out of range (%d → %d)',
    (field, value, fallback) => {
      expect(restore({ [field]: value })[field]).toBe(fallback)
    },
  )

  it.each([
    ['futurePlanAge', 12],
    ['futurePlanAge', 18],
    ['reviewCadenceDays', 7],
    ['reviewCadenceDays', 366],
    ['reportPeriodWeeks', 1],
    ['reportPeriodWeeks', 26],
  ] as const)('keeps %s at the edge of its range (%d)', (field, value) => {
    expect(restore({ [field]: value })[field]).toBe(value)
  })

  it('drops unknown fields from the stored value', () => {
    const restored = restore({ ...defaults(), secret: 'x', version: 3 })
    expect(Object.keys(restored).sort()).toEqual(Object.keys(defaults()).sort())
  })

  describe('preconditions', () => {
    const ids = (list: readonly PreconditionDef[]) => list.map((p) => p.id)

    it('always keeps the five built-in preconditions, even when the stored list lacks them', () => {
      const own: PreconditionDef = {
        id: 'eigen-geld',
        name: 'Geldzaken',
        enabled: true,
        builtin: false,
        criteria: null,
      }
      const restored = restore({ preconditions: [own] }).preconditions
      expect(ids(restored)).toEqual([...BUILTIN_PRECONDITION_IDS, 'eigen-geld'])
      expect(restored.filter((p) => p.enabled).map((p) => p.id)).toEqual([
        'wonen',
        'school',
        'toekomstplan',
        'eigen-geld',
      ])
    })

    it('keeps user renames, edited criteria and switched-off built-ins', () => {
      const criteria = { groen: 'Kamer toegezegd', oranje: 'Aangemeld', rood: 'Niets in zicht' }
      const stored = defaultPreconditions().map((p) =>
        p.id === 'wonen'
          ? { ...p, name: 'Huisvesting', criteria }
          : p.id === 'school'
            ? { ...p, enabled: false }
            : p.id === 'netwerk'
              ? { ...p, enabled: true }
              : p,
      )
      const restored = restore({ preconditions: stored }).preconditions
      expect(restored.find((p) => p.id === 'wonen')).toMatchObject({
        name: 'Huisvesting',
        criteria,
      })
      expect(restored.find((p) => p.id === 'school')?.enabled).toBe(false)
      expect(restored.find((p) => p.id === 'netwerk')?.enabled).toBe(true)
    })

    it('puts the built-ins first in their default order, then the user-added ones', () => {
      const own: PreconditionDef = {
        id: 'eigen-geld',
        name: 'Geldzaken',
        enabled: true,
        builtin: false,
        criteria: null,
      }
      const stored = [own, ...defaultPreconditions().reverse()]
      expect(ids(restore({ preconditions: stored }).preconditions)).toEqual([
        ...BUILTIN_PRECONDITION_IDS,
        'eigen-geld',
      ])
    })

    it('keeps valid entries and drops broken ones', () => {
      const restored = restore({
        preconditions: [
          null,
          'wonen',
          { name: 'zonder id' },
          { id: '', name: 'leeg id' },
          { id: 42, name: 'getal als id' },
          { id: 'eigen-geld', name: 'Geldzaken', enabled: true, builtin: false, criteria: null },
        ],
      }).preconditions
      expect(ids(restored)).toEqual([...BUILTIN_PRECONDITION_IDS, 'eigen-geld'])
    })

    it('repairs broken fields of an otherwise valid entry instead of dropping it', () => {
      const [own] = restore({
        preconditions: [{ id: 'eigen-geld', name: 7, enabled: 'ja', criteria: { groen: 1 } }],
      }).preconditions.filter((p) => !p.builtin)
      expect(own).toEqual({
        id: 'eigen-geld',
        name: null,
        enabled: true,
        builtin: false,
        criteria: null,
      })
    })

    it('cannot turn a built-in into a user-added one, or the other way round', () => {
      const restored = restore({
        preconditions: [
          { id: 'wonen', name: null, enabled: true, builtin: false, criteria: null },
          { id: 'eigen-geld', name: 'Geldzaken', enabled: true, builtin: true, criteria: null },
        ],
      }).preconditions
      expect(restored.find((p) => p.id === 'wonen')?.builtin).toBe(true)
      expect(restored.find((p) => p.id === 'eigen-geld')?.builtin).toBe(false)
    })
  })

  describe('knelpuntcodes', () => {
    const own: ReasonCodeDef = {
      code: 'GLD-1',
      label: 'Geen budgetcoach',
      preconditionId: 'eigen-geld',
      enabled: true,
      builtin: false,
    }

    it('keeps user-added codes and adds back any missing built-in code', () => {
      const restored = restore({ reasonCodes: [own] }).reasonCodes
      expect(restored.find((c) => c.code === 'GLD-1')).toEqual(own)
      const codes = restored.map((c) => c.code)
      for (const d of defaultReasonCodes()) expect(codes).toContain(d.code)
      expect(codes).toHaveLength(defaultReasonCodes().length + 1)
    })

    it('keeps a switched-off or relabelled built-in code as the user left it, without a duplicate', () => {
      const stored = defaultReasonCodes().map((c) =>
        c.code === 'WON-2'
          ? { ...c, enabled: false }
          : c.code === 'JON-1'
            ? { ...c, label: 'Jongere wil niet' }
            : c,
      )
      const restored = restore({ reasonCodes: stored }).reasonCodes
      expect(restored.filter((c) => c.code === 'WON-2')).toEqual([
        expect.objectContaining({ enabled: false }),
      ])
      expect(restored.find((c) => c.code === 'JON-1')?.label).toBe('Jongere wil niet')
    })

    it('recognises a built-in code by its code, so a restored back-up can still be saved', () => {
      const restored = restore({ reasonCodes: [{ code: 'WON-1', preconditionId: 'wonen' }] })
      expect(restored.reasonCodes.find((c) => c.code === 'WON-1')?.builtin).toBe(true)
      expect(validateSettings(restored)).toEqual({})
    })

    it('drops broken code entries', () => {
      const restored = restore({
        reasonCodes: [null, { code: '' }, { code: 3 }, 'WON-1', own],
      }).reasonCodes
      expect(restored.map((c) => c.code)).toEqual([
        'GLD-1',
        ...defaultReasonCodes().map((c) => c.code),
      ])
    })
  })
})
