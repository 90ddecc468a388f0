import { z } from 'zod/mini'
import { isIsoDate, parseIsoDate } from './dates'
import {
  DEFAULT_RONDE_WEEKS,
  DEFAULT_RONDE_WINDOW_WEEKS,
  type DailyTariffs,
  type MunicipalSettings,
} from './municipal/types'
import { LIVING_ARRANGEMENTS, type LivingArrangement } from './types'

/**
 * A fixed Monday, not one derived from today: the ronde rhythm must not shift when the
 * calendar year turns for a user who never changed it.
 */
export const DEFAULT_RONDE_ANCHOR_DATE = '2026-01-05'
export const MIN_RONDE_WEEKS = 1
export const MAX_RONDE_WEEKS = 26

export function defaultMunicipalSettings(): MunicipalSettings {
  return {
    municipalScope: { kind: 'all' },
    rondeAnchorDate: DEFAULT_RONDE_ANCHOR_DATE,
    rondeWeeks: DEFAULT_RONDE_WEEKS,
    rondeWindowWeeks: DEFAULT_RONDE_WINDOW_WEEKS,
    dailyTariffs: {},
    hideProviderScreens: false,
  }
}

const nonEmpty = z.string().check(z.minLength(1))

const scopeSchema = z.union([
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('gemeente'), code: nonEmpty }),
  z.object({ kind: z.literal('regio'), name: nonEmpty }),
])

const isoDate = z.string().check(z.refine((v) => parseIsoDate(v) !== null))
const weeks = z.int().check(z.gte(MIN_RONDE_WEEKS), z.lte(MAX_RONDE_WEEKS))

/** Whole cents: 245.5 and 245.55 are amounts, 245.555 is not. */
function inCents(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
}

const tariffSchema = z.number().check(z.gte(0), z.refine(inCents))

function isArrangement(key: string): key is LivingArrangement {
  return (LIVING_ARRANGEMENTS as readonly string[]).includes(key)
}

/** Stored tariffs: known verblijfsvormen with a usable amount; anything else is dropped. */
function restoreTariffs(raw: unknown): DailyTariffs {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const out: DailyTariffs = {}
  for (const [key, value] of Object.entries(raw)) {
    if (!isArrangement(key) || typeof value !== 'number') continue
    if (!Number.isFinite(value) || value < 0) continue
    out[key] = Math.round(value * 100) / 100
  }
  return out
}

/** The municipal settings read from storage or a back-up: anything missing or broken gets its default. */
export function restoreMunicipalSettings(raw: unknown): MunicipalSettings {
  const d = defaultMunicipalSettings()
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    municipalScope: z.catch(scopeSchema, d.municipalScope).parse(r.municipalScope),
    rondeAnchorDate: z.catch(isoDate, d.rondeAnchorDate).parse(r.rondeAnchorDate),
    rondeWeeks: z.catch(weeks, d.rondeWeeks).parse(r.rondeWeeks),
    rondeWindowWeeks: z.catch(weeks, d.rondeWindowWeeks).parse(r.rondeWindowWeeks),
    dailyTariffs: restoreTariffs(r.dailyTariffs),
    hideProviderScreens: z.catch(z.boolean(), d.hideProviderScreens).parse(r.hideProviderScreens),
  }
}

/** Problems in the municipal part of a settings draft, keyed by their path under `municipal.`. */
export type MunicipalSettingsErrors = Record<string, 'outOfRange' | 'invalidDate' | 'tariff'>

export function validateMunicipalSettings(m: MunicipalSettings): MunicipalSettingsErrors {
  const errors: MunicipalSettingsErrors = {}
  if (!weeks.safeParse(m.rondeWeeks).success) errors['municipal.rondeWeeks'] = 'outOfRange'
  if (!weeks.safeParse(m.rondeWindowWeeks).success) {
    errors['municipal.rondeWindowWeeks'] = 'outOfRange'
  }
  if (!isIsoDate(m.rondeAnchorDate)) errors['municipal.rondeAnchorDate'] = 'invalidDate'
  for (const arrangement of LIVING_ARRANGEMENTS) {
    const tariff = m.dailyTariffs[arrangement]
    if (tariff !== undefined && !tariffSchema.safeParse(tariff).success) {
      errors[`municipal.dailyTariffs.${arrangement}`] = 'tariff'
    }
  }
  return errors
}

/**
 * A euro amount as typed by a Dutch user: "245,50", "€ 1.245,5", "1245" (and "245.50"). Empty
 * text is `undefined` (no tariff); text that is not an amount is NaN, so validation names it.
 */
export function parseEuroAmount(text: string): number | undefined {
  const clean = text.replace(/€|\s/g, '')
  if (clean === '') return undefined
  let normal: string
  if (clean.includes(',')) {
    // Decimal comma; dots are thousands separators, only in groups of three.
    if (!/^-?\d{1,3}(\.\d{3})*(,\d*)?$|^-?\d+(,\d*)?$/.test(clean)) return Number.NaN
    normal = clean.replace(/\./g, '').replace(',', '.')
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(clean)) {
    // "1.245": a thousands separator, as a Dutch reader means it.
    normal = clean.replace(/\./g, '')
  } else if (/^-?\d+(\.\d+)?$/.test(clean)) {
    normal = clean
  } else {
    return Number.NaN
  }
  return Number(normal)
}

/** A tariff as shown in the input: Dutch decimal comma, cents only when there are any. */
export function formatEuroAmount(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return ''
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace('.', ',')
}
