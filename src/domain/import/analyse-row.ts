import { jeugdregioOf } from '../municipalities'
import type { IsoDate, Status, Youth } from '../types'
import {
  emptyYouthInput,
  parseYouthInput,
  sameYouthValue,
  youthToInput,
  type YouthField,
  type YouthValues,
} from '../youth-input'
import type {
  AssessmentDetails,
  ImportProblem,
  ImportTarget,
  ReadRow,
  RowAnalysis,
  RowChange,
} from './types'

/** A youth already on the board, as far as the import needs to know it. */
export interface ExistingYouth {
  youth: Youth
  /** Per precondition id: the stored status. */
  statuses: Record<string, Status>
  /** Per precondition id: the stored toelichting and actie (absent: none stored). */
  details?: Record<string, AssessmentDetails>
}

export interface AnalyseContext {
  today: IsoDate
  /** Per mapped field: the title of its column, to name it in problems. */
  columnOf: ReadonlyMap<ImportTarget, string>
}

/** As long as the assessment form allows. */
const DETAIL_MAX = 2000
const NO_CHANGES: readonly RowChange[] = []

/** The jeugdregio from the shipped list wins over a typed one, as in the youth form. */
function withRegion(values: YouthValues): YouthValues {
  return { ...values, jeugdregio: jeugdregioOf(values.municipalityCode) ?? values.jeugdregio }
}

/** What the row would change on a youth already on the board, field by field. */
function changesOf(
  existing: ExistingYouth,
  values: YouthValues,
  read: ReadRow,
): readonly RowChange[] {
  const changes: RowChange[] = []
  for (const field of Object.keys(values) as (keyof YouthValues)[]) {
    const before = existing.youth[field]
    const after = values[field]
    if (!sameYouthValue(field, before, after)) {
      changes.push({ kind: 'field', field, from: before ?? null, to: after ?? null })
    }
  }
  for (const [preconditionId, status] of Object.entries(read.statuses)) {
    const from = existing.statuses[preconditionId] ?? null
    if (from !== status) changes.push({ kind: 'status', preconditionId, from, to: status })
  }
  for (const [preconditionId, details] of Object.entries(read.details ?? {})) {
    for (const detail of ['note', 'action'] as const) {
      const to = details[detail]
      const from = existing.details?.[preconditionId]?.[detail] ?? ''
      if (to !== undefined && to !== from) {
        changes.push({ kind: 'detail', preconditionId, detail, from, to })
      }
    }
  }
  return changes
}

function detailProblems(read: ReadRow, context: AnalyseContext): ImportProblem[] {
  const problems: ImportProblem[] = []
  for (const [id, details] of Object.entries(read.details ?? {})) {
    for (const detail of ['note', 'action'] as const) {
      const text = details[detail]
      if (text === undefined || text.length <= DETAIL_MAX) continue
      const target: ImportTarget = `${detail}:${id}`
      problems.push({
        rowNumber: read.rowNumber,
        column: context.columnOf.get(target) ?? null,
        target,
        code: 'tooLong',
        value: `${text.slice(0, 40)}…`,
      })
    }
  }
  return problems
}

/**
 * Checks one row with the same youth rules as the form (never a second copy of them). For a
 * cliëntnummer on the board, fields without a column keep the stored value.
 */
export function analyseRow(
  read: ReadRow,
  existing: ExistingYouth | undefined,
  context: AnalyseContext,
): RowAnalysis {
  const base = existing ? youthToInput(existing.youth) : emptyYouthInput()
  const result = parseYouthInput({ ...base, ...read.fields }, context.today)
  const existingId = existing?.youth.id ?? null
  const { rowNumber, clientRef } = read

  const problems = read.details
    ? [...read.problems, ...detailProblems(read, context)]
    : [...read.problems]
  if (!result.ok) {
    const reported = new Set(problems.map((p) => p.target))
    for (const [field, code] of Object.entries(result.errors) as [
      YouthField,
      ImportProblem['code'],
    ][]) {
      if (reported.has(field)) continue
      problems.push({
        rowNumber,
        column: context.columnOf.get(field) ?? null,
        target: field,
        code,
        value: read.fields[field] ?? '',
      })
    }
  }
  if (!result.ok || problems.length > 0) {
    return { rowNumber, clientRef, ok: false, existingId, problems }
  }

  const values = withRegion(result.values)
  const diff = existing ? changesOf(existing, values, read) : NO_CHANGES
  return {
    rowNumber,
    clientRef,
    ok: true,
    existingId,
    existingUpdatedAt: existing?.youth.updatedAt ?? null,
    values,
    statuses: read.statuses,
    ...(read.details ? { details: read.details } : {}),
    changes: !existing || diff.length > 0,
    diff,
  }
}
