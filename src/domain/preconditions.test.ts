import {
  BUILTIN_PRECONDITION_IDS,
  defaultPreconditions,
  effectiveStatus,
  enabledPreconditions,
  isApplicable,
  newPreconditionId,
  PRECONDITION_IDS,
} from './preconditions'
import { makeAssessment } from '../../test/factories/assessment'
import { makeSettings } from '../../test/factories/settings'
import { makeYouth } from '../../test/factories/youth'
import type { PreconditionDef } from './types'

const { housing, school, futurePlan, followUpCare, network } = PRECONDITION_IDS

function custom(id: string, enabled = true): PreconditionDef {
  return { id, name: id, enabled, builtin: false, criteria: null }
}

describe('default preconditions', () => {
  it('switches on Wonen, School & dagbesteding and Toekomstplan 18+ by default', () => {
    const enabled = defaultPreconditions()
      .filter((p) => p.enabled)
      .map((p) => p.id)
    expect(enabled).toEqual([housing, school, futurePlan])
  })

  it('offers Vervolghulp & financiering and Netwerk & gezin, switched off', () => {
    const off = defaultPreconditions().filter((p) => !p.enabled)
    expect(off.map((p) => p.id)).toEqual([followUpCare, network])
  })

  it('marks all five as built in, with the built-in name and criteria', () => {
    const defaults = defaultPreconditions()
    expect(defaults).toHaveLength(5)
    for (const p of defaults) {
      expect(p.builtin).toBe(true)
      expect(p.name).toBeNull()
      expect(p.criteria).toBeNull()
    }
    expect(defaults.map((p) => p.id)).toEqual([...BUILTIN_PRECONDITION_IDS])
  })

  it('gives fresh objects each time, so editing settings never changes the defaults', () => {
    const first = defaultPreconditions()
    const [wonen] = first
    if (wonen) wonen.enabled = false
    expect(defaultPreconditions()[0]?.enabled).toBe(true)
  })
})

describe('enabledPreconditions', () => {
  it('shows only the switched-on preconditions, including a user-added one, in settings order', () => {
    const preconditions = defaultPreconditions().map((p) =>
      p.id === school ? { ...p, enabled: false } : p,
    )
    const settings = makeSettings({
      preconditions: [...preconditions, custom('eigen-geld'), custom('eigen-uit', false)],
    })
    expect(enabledPreconditions(settings).map((p) => p.id)).toEqual([
      housing,
      futurePlan,
      'eigen-geld',
    ])
  })
})

describe('isApplicable', () => {
  const settings = makeSettings()
  // Born 10 March 2010: 16th birthday on 10 March 2026.
  const youth = makeYouth({ birthDate: '2010-03-10' })

  it('makes Toekomstplan 18+ n.v.t. the day before the 16th birthday', () => {
    expect(isApplicable(futurePlan, youth, settings, '2026-03-09')).toBe(false)
  })

  it('makes Toekomstplan 18+ apply from the 16th birthday', () => {
    expect(isApplicable(futurePlan, youth, settings, '2026-03-10')).toBe(true)
    expect(isApplicable(futurePlan, youth, settings, '2027-09-01')).toBe(true)
  })

  it('uses the configured age instead of 16 when changed', () => {
    const from17 = makeSettings({ futurePlanAge: 17 })
    expect(isApplicable(futurePlan, youth, from17, '2026-03-10')).toBe(false)
    expect(isApplicable(futurePlan, youth, from17, '2027-03-09')).toBe(false)
    expect(isApplicable(futurePlan, youth, from17, '2027-03-10')).toBe(true)
  })

  it('lets every other precondition apply at any age', () => {
    const twelve = makeYouth({ birthDate: '2014-06-01' })
    for (const id of [housing, school, followUpCare, network, 'eigen-geld'])
      expect(isApplicable(id, twelve, settings, '2026-11-23')).toBe(true)
  })
})

describe('effectiveStatus', () => {
  const settings = makeSettings()
  const sixteen = makeYouth({ birthDate: '2010-03-10' })
  const fifteen = makeYouth({ birthDate: '2011-03-10' })
  const today = '2026-11-23'

  it('shows the assessed status', () => {
    const rood = makeAssessment({ status: 'rood' })
    expect(effectiveStatus(housing, rood, sixteen, settings, today)).toBe('rood')
  })

  it('shows onbekend when nobody assessed the precondition yet, never a guessed colour', () => {
    expect(effectiveStatus(housing, undefined, sixteen, settings, today)).toBe('onbekend')
    expect(effectiveStatus(futurePlan, undefined, sixteen, settings, today)).toBe('onbekend')
  })

  it('shows n.v.t. for Toekomstplan 18+ below the configured age, with or without an assessment', () => {
    expect(effectiveStatus(futurePlan, undefined, fifteen, settings, today)).toBe('nvt')
    const rood = makeAssessment({ preconditionId: futurePlan, status: 'rood' })
    expect(effectiveStatus(futurePlan, rood, fifteen, settings, today)).toBe('nvt')
  })
})

describe('newPreconditionId', () => {
  const SLUG = /^eigen-[a-z0-9]+(-[a-z0-9]+)*$/

  it('turns the name into a lower-case slug with an eigen- prefix', () => {
    expect(newPreconditionId('Geldzaken & Schulden', [])).toBe('eigen-geldzaken-schulden')
  })

  it('drops diacritics and surrounding punctuation', () => {
    expect(newPreconditionId('  Één café!  ', [])).toBe('eigen-een-cafe')
  })

  it('falls back to a generic slug for a name without letters or digits', () => {
    expect(newPreconditionId('  ?! ', [])).toBe('eigen-randvoorwaarde')
  })

  it('never reuses an id that already exists', () => {
    const existing = [...defaultPreconditions(), custom('eigen-geld'), custom('eigen-geld-2')]
    const id = newPreconditionId('Geld', existing)
    expect(id).toBe('eigen-geld-3')
    expect(existing.map((p) => p.id)).not.toContain(id)
  })

  it('never clashes with a built-in precondition, even when named like one', () => {
    const id = newPreconditionId('Wonen', defaultPreconditions())
    expect(BUILTIN_PRECONDITION_IDS).not.toContain(id)
    expect(id).toMatch(SLUG)
  })

  it('gives slug-like ids for awkward names', () => {
    for (const name of ['Zorg (18+)', "'s Nachts", 'A--B', 'Ouders/verzorgers', 'Ærø'])
      expect(newPreconditionId(name, [])).toMatch(SLUG)
  })
})
