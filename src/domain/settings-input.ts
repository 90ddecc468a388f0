import { isIsoDate } from './dates'
import { REASON_CODE_PATTERN } from './reason-codes'
import { validateMunicipalSettings } from './settings-municipal'
import type { Settings } from './types'
import type { ValidationCode } from './validation'

/** Problems in a settings draft, keyed by a path such as `futurePlanAge` or `preconditions.3.name`. */
export type SettingsErrors = Record<
  string,
  ValidationCode | 'outOfRange' | 'duplicate' | 'codeFormat' | 'tariff'
>

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max
}

/** Checks a settings draft before saving; an empty object means it can be stored. */
export function validateSettings(draft: Settings): SettingsErrors {
  const errors: SettingsErrors = {}
  if (draft.providerName.length > 120) errors.providerName = 'tooLong'
  if (!inRange(draft.futurePlanAge, 12, 18)) errors.futurePlanAge = 'outOfRange'
  if (!inRange(draft.reviewCadenceDays, 7, 366)) errors.reviewCadenceDays = 'outOfRange'
  if (!inRange(draft.reportPeriodWeeks, 1, 26)) errors.reportPeriodWeeks = 'outOfRange'
  if (!isIsoDate(draft.reportAnchorDate)) errors.reportAnchorDate = 'invalidDate'
  draft.preconditions.forEach((p, i) => {
    if (!p.builtin && !p.name?.trim()) errors[`preconditions.${i}.name`] = 'required'
  })
  const seen = new Set<string>()
  draft.reasonCodes.forEach((c, i) => {
    if (!REASON_CODE_PATTERN.test(c.code)) errors[`reasonCodes.${i}.code`] = 'codeFormat'
    else if (seen.has(c.code)) errors[`reasonCodes.${i}.code`] = 'duplicate'
    seen.add(c.code)
    if (!c.builtin && !c.label?.trim()) errors[`reasonCodes.${i}.label`] = 'required'
  })
  return { ...errors, ...validateMunicipalSettings(draft.municipal) }
}
