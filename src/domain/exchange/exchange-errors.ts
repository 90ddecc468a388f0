import type { z } from 'zod/mini'

type Issue = z.core.$ZodIssue

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  null: 'null',
}

/** `youths[3].statuses.wonen`, as a person would point at it in the file. */
export function pathText(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`
  }
  return text || '(het hele bestand)'
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function problem(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'ontbreekt'
      return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`
    case 'invalid_value':
      return `heeft de ongeldige waarde ${JSON.stringify(value)}; toegestaan: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_format':
      return /date|start|end|peildatum/i.test(String(issue.path.at(-1)))
        ? `moet een datum zijn in de vorm jjjj-mm-dd, niet ${JSON.stringify(value)}`
        : `heeft niet de verwachte vorm: ${JSON.stringify(value)}`
    case 'too_small':
      return issue.origin === 'string'
        ? 'mag niet leeg zijn'
        : `moet minstens ${String(issue.minimum)} zijn`
    case 'too_big':
      if (issue.origin === 'string') return `is te lang (hoogstens ${String(issue.maximum)} tekens)`
      if (issue.origin === 'array')
        return `bevat te veel items (hoogstens ${String(issue.maximum)})`
      return `mag hoogstens ${String(issue.maximum)} zijn`
    case 'unrecognized_keys':
      return `bevat onbekende velden: ${issue.keys.join(', ')}`
    case 'invalid_union':
      return 'heeft geen geldige vorm (onbekende soort)'
    case 'custom':
      return `is ongeldig: ${issue.message}`
    default:
      return 'is ongeldig'
  }
}

/** One validation problem as a Dutch sentence naming the field and, for rows, the row number. */
export function describeIssue(issue: Issue, raw: unknown): string {
  const where = pathText(issue.path)
  const index = issue.path[1]
  const row =
    typeof index !== 'number'
      ? ''
      : issue.path[0] === 'youths'
        ? ` (jongere ${index + 1} in de lijst)`
        : issue.path[0] === 'leavers'
          ? ` (uitgestroomde jongere ${index + 1})`
          : issue.path[0] === 'agreements'
            ? ` (afspraak ${index + 1})`
            : issue.path[0] === 'municipalities'
              ? ` (gemeente ${index + 1} in de samenvattingen)`
              : ''
  return `Veld "${where}"${row} ${problem(issue, valueAt(raw, issue.path))}.`
}
