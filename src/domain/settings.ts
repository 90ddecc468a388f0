import { startOfISOWeek, startOfYear } from 'date-fns'
import { z } from 'zod/mini'
import { parseIsoDate, toIsoDate } from './dates'
import { BUILTIN_PRECONDITION_IDS, defaultPreconditions } from './preconditions'
import { defaultReasonCodes } from './reason-codes'
import { defaultMunicipalSettings, restoreMunicipalSettings } from './settings-municipal'
import type { PreconditionDef, ReasonCodeDef, Settings } from './types'

export const DEFAULT_FUTURE_PLAN_AGE = 16
export const DEFAULT_REVIEW_CADENCE_DAYS = 35
export const DEFAULT_REPORT_PERIOD_WEEKS = 6

/** First Monday on or before 1 January of the given date's year: a natural period anchor. */
function defaultAnchor(today: Date): string {
  return toIsoDate(startOfISOWeek(startOfYear(today)))
}

export function defaultSettings(today: Date = new Date()): Settings {
  return {
    providerName: '',
    preconditions: defaultPreconditions(),
    reasonCodes: defaultReasonCodes(),
    futurePlanAge: DEFAULT_FUTURE_PLAN_AGE,
    reviewCadenceDays: DEFAULT_REVIEW_CADENCE_DAYS,
    reportPeriodWeeks: DEFAULT_REPORT_PERIOD_WEEKS,
    reportAnchorDate: defaultAnchor(today),
    locations: [],
    municipal: defaultMunicipalSettings(),
  }
}

const criteriaSchema = z.object({ groen: z.string(), oranje: z.string(), rood: z.string() })

const nonEmpty = z.string().check(z.minLength(1))
const optionalText = z.catch(z.nullable(z.string()), null)

const preconditionSchema = z.object({
  id: nonEmpty,
  name: optionalText,
  // Missing: the default of a built-in precondition, or on for the provider's own.
  enabled: z.catch(z.optional(z.boolean()), undefined),
  builtin: z.catch(z.boolean(), false),
  criteria: z.catch(z.nullable(criteriaSchema), null),
})

const reasonCodeSchema = z.object({
  code: nonEmpty,
  label: optionalText,
  preconditionId: optionalText,
  enabled: z.catch(z.boolean(), true),
  builtin: z.catch(z.boolean(), false),
})

const isoDate = z.string().check(z.refine((v) => parseIsoDate(v) !== null))

/** Keeps the valid entries of a stored list and drops broken ones instead of failing. */
function validEntries<T>(schema: z.ZodMiniType<T>, raw: unknown): T[] | undefined {
  if (!Array.isArray(raw)) return undefined
  return raw.flatMap((entry) => {
    const parsed = schema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}

/** Built-in preconditions are always present (possibly disabled), in their default order first. */
/** The first entry per key wins; later duplicates are dropped. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

type StoredPrecondition = Omit<PreconditionDef, 'enabled'> & { enabled?: boolean | undefined }

function withBuiltins(stored: StoredPrecondition[]): PreconditionDef[] {
  const unique = uniqueBy(stored, (p) => p.id)
  const byId = new Map(unique.map((p) => [p.id, p]))
  const builtins = defaultPreconditions().map((d) => {
    const s = byId.get(d.id)
    return s ? { ...s, enabled: s.enabled ?? d.enabled, builtin: true } : d
  })
  const custom = unique.filter((p) => !BUILTIN_PRECONDITION_IDS.includes(p.id))
  return [...builtins, ...custom.map((p) => ({ ...p, enabled: p.enabled ?? true, builtin: false }))]
}

/** Built-in codes are recognised by their code, whatever the stored flag says. */
function withBuiltinCodes(stored: ReasonCodeDef[]): ReasonCodeDef[] {
  const defaults = defaultReasonCodes()
  const builtin = new Set(defaults.map((c) => c.code))
  const unique = uniqueBy(stored, (c) => c.code).map((c) => ({
    ...c,
    builtin: builtin.has(c.code),
  }))
  const seen = new Set(unique.map((c) => c.code))
  return [...unique, ...defaults.filter((c) => !seen.has(c.code))]
}

/**
 * Every settings value read from storage or a back-up passes through here: unknown or broken
 * fields fall back to their defaults, and the built-in preconditions are always present.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function restoreSettings(raw: unknown, today: Date = new Date()): Settings {
  const d = defaultSettings(today)
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const int = (min: number, max: number, fallback: number) =>
    z.catch(z.int().check(z.gte(min), z.lte(max)), fallback)
  return {
    providerName: z.catch(z.string(), d.providerName).parse(r.providerName),
    preconditions: withBuiltins(validEntries(preconditionSchema, r.preconditions) ?? []),
    reasonCodes: withBuiltinCodes(validEntries(reasonCodeSchema, r.reasonCodes) ?? []),
    futurePlanAge: int(12, 18, d.futurePlanAge).parse(r.futurePlanAge),
    reviewCadenceDays: int(7, 366, d.reviewCadenceDays).parse(r.reviewCadenceDays),
    reportPeriodWeeks: int(1, 26, d.reportPeriodWeeks).parse(r.reportPeriodWeeks),
    reportAnchorDate: z.catch(isoDate, d.reportAnchorDate).parse(r.reportAnchorDate),
    locations: Array.isArray(r.locations)
      ? uniqueBy(
          r.locations.filter((l): l is string => typeof l === 'string' && l !== ''),
          (l) => l,
        )
      : d.locations,
    // Settings stored before the Gemeente-overzicht existed get its defaults.
    municipal: restoreMunicipalSettings(r.municipal),
    ...(typeof r.providerId === 'string' && UUID.test(r.providerId)
      ? { providerId: r.providerId }
      : {}),
  }
}
