import { ageOn } from './dates'
import type { Assessment, IsoDate, PreconditionDef, Settings, Status, Youth } from './types'

export const PRECONDITION_IDS = {
  housing: 'wonen',
  school: 'school',
  futurePlan: 'toekomstplan',
  followUpCare: 'vervolghulp',
  network: 'netwerk',
} as const

export const BUILTIN_PRECONDITION_IDS: readonly string[] = Object.values(PRECONDITION_IDS)

/** Wonen, School & dagbesteding and Toekomstplan 18+ are on by default; the others are available. */
export function defaultPreconditions(): PreconditionDef[] {
  const enabled = new Set<string>([
    PRECONDITION_IDS.housing,
    PRECONDITION_IDS.school,
    PRECONDITION_IDS.futurePlan,
  ])
  return BUILTIN_PRECONDITION_IDS.map((id) => ({
    id,
    name: null,
    enabled: enabled.has(id),
    builtin: true,
    criteria: null,
  }))
}

export function enabledPreconditions(settings: Settings): PreconditionDef[] {
  return settings.preconditions.filter((p) => p.enabled)
}

/** Toekomstplan 18+ does not apply below the configured age; every other precondition always applies. */
export function isApplicable(
  preconditionId: string,
  youth: Pick<Youth, 'birthDate'>,
  settings: Pick<Settings, 'futurePlanAge'>,
  on: IsoDate,
): boolean {
  if (preconditionId !== PRECONDITION_IDS.futurePlan) return true
  return ageOn(youth.birthDate, on) >= settings.futurePlanAge
}

/**
 * The status shown for one precondition of one youth: n.v.t. when it does not apply,
 * onbekend when nobody assessed it yet (never guessed), else the assessed status.
 */
export function effectiveStatus(
  preconditionId: string,
  assessment: Pick<Assessment, 'status'> | undefined,
  youth: Pick<Youth, 'birthDate'>,
  settings: Pick<Settings, 'futurePlanAge'>,
  on: IsoDate,
): Status {
  return statusWhere(isApplicable(preconditionId, youth, settings, on), assessment)
}

/** effectiveStatus() where the caller already knows whether the precondition applies. */
export function statusWhere(
  applies: boolean,
  assessment: Pick<Assessment, 'status'> | undefined,
): Status {
  return applies ? (assessment?.status ?? 'onbekend') : 'nvt'
}

/** A fresh id for a user-added precondition that does not clash with existing ones. */
export function newPreconditionId(name: string, existing: readonly PreconditionDef[]): string {
  const base =
    'eigen-' +
    (name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'randvoorwaarde')
  const taken = new Set(existing.map((p) => p.id))
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}
