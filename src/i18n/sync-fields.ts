import type { AssessmentField } from '../domain/assessment-input'
import { formatDutchDate, isIsoDate } from '../domain/dates'
import { assessmentPath } from '../domain/sync/flatten'
import { DELETED_FIELD } from '../domain/sync/merge-doc'
import type { Outflow, PreconditionDef, ReasonCodeDef } from '../domain/types'
import type { YouthField } from '../domain/youth-input'
import { formatAssessmentValue, formatYouthValue, plainText } from './field-values'
import { preconditionName } from './labels'
import type { Dictionary } from './nl'

/*
 * A team-sync conflict's field (a flattened path, domain/sync/flatten.ts) and its values as a
 * user reads them: "Wonen — Toelichting", "Locatie", a Dutch date, a colour.
 */

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The top-level fields of the other replicated records (an afspraak as made and as received,
 * a review, a report note), in the words their own screens use; `history.<id>` and
 * `progress.<id>` are entries of an afspraak's history and a received afspraak's Voortgang.
 */
function recordWords(t: Dictionary): Record<string, string> {
  const a = t.agreements
  const columns = t.municipalExport.columns
  return {
    text: a.changeFields.text,
    owner: a.changeFields.owner,
    dueDate: a.changeFields.dueDate,
    status: columns.status,
    closedRonde: columns.closedRonde,
    reasonCode: a.changeFields.reasonCode,
    clientRefs: a.fields.clientRefs,
    clientRef: t.history.fields.clientRef,
    kind: a.fields.kind,
    response: a.fields.response,
    history: a.fields.history,
    progress: a.progress,
    participants: t.review.participants,
    date: t.review.date,
  }
}

const DETAILS = 'details.'
const APP = 'app.'
const MUNICIPAL = 'app.municipal.'

export function syncFieldLabel(
  t: Dictionary,
  field: string,
  preconditions: readonly PreconditionDef[],
): string {
  if (field === DELETED_FIELD) return t.syncConflicts.deleted
  const at = assessmentPath(field)
  if (at) {
    const [id, key] = at
    const def = preconditions.find((p) => p.id === id)
    const what = t.history.assessmentFields[key as AssessmentField] ?? key
    return `${def ? preconditionName(t, def) : id} — ${capital(what)}`
  }
  if (field === `${DETAILS}outflow`) return t.conflicts.outflow
  if (field.startsWith(DETAILS)) {
    const key = field.slice(DETAILS.length)
    return capital(t.history.fields[key as keyof typeof t.history.fields] ?? key)
  }
  if (field.startsWith(APP)) {
    const key = field.slice(field.startsWith(MUNICIPAL) ? MUNICIPAL.length : APP.length)
    const words = (t.settings as Record<string, unknown>)[key]
    return t.syncConflicts.settingsField(typeof words === 'string' ? words : key)
  }
  const words = recordWords(t)
  const word = words[field] ?? words[field.slice(0, field.indexOf('.'))]
  return capital(word ?? field)
}

export function syncFieldValue(
  t: Dictionary,
  reasonCodes: readonly ReasonCodeDef[],
  field: string,
  value: unknown,
): string {
  if (field === DELETED_FIELD) return t.syncConflicts.deletedValue(value === true)
  const at = assessmentPath(field)
  if (at) return formatAssessmentValue(t, reasonCodes, at[1] as AssessmentField, value)
  if (field === `${DETAILS}outflow`) {
    if (!value || typeof value !== 'object') return ''
    const o = value as Outflow
    return [formatDutchDate(o.date), t.destinations[o.destination], t.endReasons[o.reason], o.note]
      .filter(Boolean)
      .join(' · ')
  }
  if (field.startsWith(DETAILS)) {
    return formatYouthValue(t, field.slice(DETAILS.length) as YouthField, value)
  }
  return recordValue(t, field, value)
}

/** An afspraak's, review's or report note's value: its choices and dates in words. */
function recordValue(t: Dictionary, field: string, value: unknown): string {
  if (value === undefined || value === null) return ''
  const a = t.agreements
  const pick = (words: Record<string, string>) =>
    typeof value === 'string' ? (words[value] ?? value) : plainText(value)
  if (field === 'owner') return pick(a.owners)
  if (field === 'status') return pick(a.status)
  if (field === 'kind') return pick(a.kinds)
  if (['dueDate', 'closedRonde', 'date'].includes(field) && typeof value === 'string') {
    return isIsoDate(value) ? formatDutchDate(value) : value
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ')
  return plainText(value)
}
