import { formatDutchDate } from '../../domain/dates'
import type { PreconditionDef, ReasonCodeDef } from '../../domain/types'
import { plainText, preconditionName, reasonCodeLabel, type Dictionary } from '../../i18n'

/** The page's label of a top-level setting; a setting without one is named by its key. */
export function settingsFieldLabel(t: Dictionary, field: string): string {
  if (field === 'locations') return t.conflicts.locations
  const label = (t.settings as Record<string, unknown>)[field]
  return typeof label === 'string' ? label : field
}

/** A setting as a user reads it, to compare two versions: one line per precondition or code. */
export function formatSettingsValue(t: Dictionary, field: string, value: unknown): string {
  const off = ` (${t.conflicts.off})`
  switch (field) {
    case 'preconditions':
      return (value as PreconditionDef[])
        .map((p) => `${preconditionName(t, p)}${p.enabled ? '' : off}`)
        .join('\n')
    case 'reasonCodes':
      return (value as ReasonCodeDef[])
        .map((c) => `${c.code} ${reasonCodeLabel(t, c)}${c.enabled ? '' : off}`)
        .join('\n')
    case 'locations':
      return (value as string[]).join(', ')
    case 'reportAnchorDate':
      return formatDutchDate(value as string)
    default:
      return plainText(value ?? '')
  }
}
