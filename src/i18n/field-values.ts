import type { AssessmentField } from '../domain/assessment-input'
import { formatDutchDate } from '../domain/dates'
import { municipalityName } from '../domain/municipalities'
import type {
  Destination,
  LivingArrangement,
  Measure,
  Owner,
  ReasonCodeDef,
  Status,
} from '../domain/types'
import type { YouthField } from '../domain/youth-input'
import { reasonCodeLabel } from './labels'
import type { Dictionary } from './nl'

/*
 * Stored field values as a user reads them, for showing two versions side by side and the
 * change history. They take `unknown`: values also come from the audit log. '' is no value.
 */

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** Plain values as they are; anything else (from an unexpected stored shape) as JSON. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value) ?? ''
}

/** "WON-2 Geen woonruimte", "Gemeente", a Dutch date, a colour. */
export function formatAssessmentValue(
  t: Dictionary,
  reasonCodes: readonly ReasonCodeDef[],
  field: AssessmentField,
  value: unknown,
): string {
  if (isEmpty(value)) return ''
  switch (field) {
    case 'status':
      return t.statuses[value as Status] ?? plainText(value)
    case 'reasonCodes':
      return (Array.isArray(value) ? (value as unknown[]) : [value])
        .map((code) => {
          const def = reasonCodes.find((c) => c.code === code)
          return def ? `${def.code} ${reasonCodeLabel(t, def)}` : plainText(code)
        })
        .join('; ')
    case 'owner':
      return t.owners[value as Owner] ?? plainText(value)
    case 'dueDate':
      return formatDutchDate(plainText(value))
    default:
      return plainText(value)
  }
}

/** A youth field: municipality by name, chosen options by their words, dates in Dutch. */
export function formatYouthValue(t: Dictionary, field: YouthField, value: unknown): string {
  if (isEmpty(value)) return ''
  const text = plainText(value)
  switch (field) {
    case 'birthDate':
    case 'placementDate':
    case 'expectedOutflowDate':
      return formatDutchDate(text)
    case 'municipalityCode':
      return municipalityName(text)
    case 'livingArrangement':
      return t.livingArrangements[text as LivingArrangement] ?? text
    case 'perspective':
      return t.destinations[text as Destination] ?? text
    case 'measure':
      return t.measures[text as Measure] ?? text
    default:
      return text
  }
}
