import { YOUTH_FIELDS } from '../youth-input'
import type { AssessmentInput } from '../types'
import type { SyncDocType } from './types'

/** A record as it travels in a document's `data`. */
export type Row = Record<string, unknown>

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * How a document type splits into fields for the merge (docs/sync-design.md §5):
 * - `asked`: what people enter, by flattened path. Changed differently on two laptops → a
 *   conflict a person decides (the merged record keeps the winner's value meanwhile).
 * - everything else on the top level (`own` excepted) is kept by the app itself (review facts,
 *   times, positions): merged by the same three-way rule, the winner's value when both changed.
 */
interface TypeSpec {
  asked(data: Row): Row
  /** Top-level keys `asked` and `apply` take care of (never merged as the app's own). */
  own: readonly string[]
  /** `base` with the asked fields written back. */
  apply(base: Row, fields: Row): Row
}

/** Paths `<prefix><key>` for the listed top-level keys. */
function topLevel(prefix: string, keys: readonly string[]): TypeSpec {
  return {
    own: keys,
    asked: (data) => Object.fromEntries(keys.map((k) => [prefix + k, data[k]])),
    apply(base, fields) {
      // Absent stays absent: `undefined` is not written into a record.
      const out = Object.fromEntries(Object.entries(base).filter(([k]) => !keys.includes(k)))
      for (const k of keys) if (fields[prefix + k] !== undefined) out[k] = fields[prefix + k]
      return out
    },
  }
}

/** The editable part of an assessment (AssessmentInput), with what a never-assessed one shows. */
export const ASSESSMENT_DEFAULTS: AssessmentInput = {
  status: 'onbekend',
  reasonCodes: [],
  note: '',
  action: '',
  owner: null,
  dueDate: null,
}
export const ASSESSMENT_FIELDS = Object.keys(ASSESSMENT_DEFAULTS) as (keyof AssessmentInput)[]

/** The youth's own fields a person edits: the youth form and the uitstroom. */
export const YOUTH_DETAIL_FIELDS: readonly string[] = [...YOUTH_FIELDS, 'outflow']

const ASSESSMENT_PREFIX = 'assessments.'

/** `assessments.<preconditionId>.<field>` → [preconditionId, field]; ids may hold dots. */
export function assessmentPath(path: string): [string, string] | null {
  if (!path.startsWith(ASSESSMENT_PREFIX)) return null
  const rest = path.slice(ASSESSMENT_PREFIX.length)
  const dot = rest.lastIndexOf('.')
  return dot > 0 ? [rest.slice(0, dot), rest.slice(dot + 1)] : null
}

const youthDetails = topLevel('details.', YOUTH_DETAIL_FIELDS)

/** The youth's assessments (by precondition id), as stored since schema v5. */
export function assessmentsOf(data: Row): Record<string, Row> {
  const map = data.assessments
  return isRow(map) ? (map as Record<string, Row>) : {}
}

const youth: TypeSpec = {
  own: [...YOUTH_DETAIL_FIELDS, 'assessments'],
  asked(data) {
    const fields = youthDetails.asked(data)
    for (const [pid, a] of Object.entries(assessmentsOf(data))) {
      for (const f of ASSESSMENT_FIELDS) fields[`${ASSESSMENT_PREFIX}${pid}.${f}`] = a[f]
    }
    return fields
  },
  // Assessments are rebuilt by merge-doc.ts (they carry their own who/when/version).
  apply: (base, fields) => youthDetails.apply(base, fields),
}

/** The team's settings record (`setting:app`): `app.<setting>`, the municipal part one deeper. */
const setting: TypeSpec = {
  own: ['value'],
  asked(data) {
    const value = isRow(data.value) ? data.value : {}
    const fields: Row = {}
    for (const [k, v] of Object.entries(value)) {
      if (k === 'municipal' && isRow(v)) {
        for (const [m, mv] of Object.entries(v)) fields[`app.municipal.${m}`] = mv
      } else fields[`app.${k}`] = v
    }
    return fields
  },
  apply(base, fields) {
    const value: Row = {}
    const municipal: Row = {}
    for (const [path, v] of Object.entries(fields)) {
      if (v === undefined) continue
      if (path.startsWith('app.municipal.')) municipal[path.slice('app.municipal.'.length)] = v
      else value[path.slice('app.'.length)] = v
    }
    if (Object.keys(municipal).length > 0) value.municipal = municipal
    return { ...base, value }
  },
}

/**
 * An append-only list whose entries carry their own `id` (a received afspraak's progress, an
 * afspraak's history): each entry is a field of its own, so entries added on two laptops are
 * both kept and nothing is asked. Written back in time order (`at`, then `id`).
 */
function entriesOf(key: string, data: Row): Row {
  const entries = Array.isArray(data[key]) ? (data[key] as unknown[]) : []
  return Object.fromEntries(entries.filter(isRow).map((e) => [`${key}.${String(e.id)}`, e]))
}

function listFrom(key: string, fields: Row): Row[] {
  return Object.entries(fields)
    .filter(([path, v]) => path.startsWith(`${key}.`) && v !== undefined)
    .map(([, v]) => v as Row)
    .sort(
      (a, b) =>
        String(a.at).localeCompare(String(b.at)) || String(a.id).localeCompare(String(b.id)),
    )
}

/** Asked top-level fields plus append-only lists. */
function withLists(keys: readonly string[], lists: readonly string[]): TypeSpec {
  const top = topLevel('', keys)
  return {
    own: [...keys, ...lists],
    asked(data) {
      const fields = top.asked(data)
      for (const l of lists) Object.assign(fields, entriesOf(l, data))
      return fields
    },
    apply(base, fields) {
      const out = top.apply(base, fields)
      for (const l of lists) out[l] = listFrom(l, fields)
      return out
    },
  }
}

const SPECS: Partial<Record<SyncDocType, TypeSpec>> = {
  // The provider's afspraak as received: the file's content is the app's; progress is a list.
  receivedAgreement: withLists([], ['progress']),
  // Which file was loaded last per gemeente: the app's own facts, nothing to ask.
  agreementSource: topLevel('', []),
  youth,
  setting,
  agreement: withLists(
    [
      'text',
      'owner',
      'dueDate',
      'status',
      'closedRonde',
      'reasonCode',
      'clientRefs',
      'kind',
      'response',
    ],
    ['history'],
  ),
  // Position, status and totals are the review's own progress: kept by the app.
  review: topLevel('', ['participants', 'date']),
  // Two laptops marking one youth besproken is the same fact: nothing to ask.
  reviewItem: topLevel('', []),
  reportNote: topLevel('', ['text']),
}

/**
 * The type's fields, or null for the types no two laptops edit (audit packs and snapshots
 * are immutable; a loaded file, the team's configuration and a key slot are written whole):
 * those keep the winner.
 */
export function specOf(type: SyncDocType): TypeSpec | null {
  return SPECS[type] ?? null
}
