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
  return t.validation[code]
}
