import type { SettingsErrors } from '../../domain/settings-input'
import type { Dictionary } from '../../i18n'

/** The Dutch (or English) message for a settings problem at `path`. */
export function settingsError(
  t: Dictionary,
  errors: SettingsErrors,
  path: string,
): string | undefined {
  const code = errors[path]
  if (!code) return undefined
  if (code === 'outOfRange') {
    const range = t.settings.ranges[path as keyof typeof t.settings.ranges]
    return range ?? t.settings.errors.outOfRange
  }
  if (code === 'duplicate' || code === 'codeFormat') return t.settings.errors[code]
  if (code === 'tariff') {
    // `municipal.dailyTariffs.<verblijfsvorm>`: the message names the verblijfsvorm.
    const arrangement = path.split('.').at(-1) ?? ''
    const label = t.livingArrangements[arrangement as keyof typeof t.livingArrangements]
    return t.settings.errors.tariff(label ?? arrangement)
  }
  return t.validation[code]
}
