import { jeugdregioOf } from '../municipalities'
import type { IsoDate, Status, Youth } from '../types'
import {
  emptyYouthInput,
  parseYouthInput,
  youthToInput,
  type YouthField,
  type YouthValues,
} from '../youth-input'
import type { ImportProblem, ImportTarget, ReadRow, RowAnalysis } from './types'

/** A youth already on the board, as far as the import needs to know it. */
export interface ExistingYouth {
  youth: Youth
  /** Per precondition id: the stored status. */
  statuses: Record<string, Status>
}

export interface AnalyseContext {
  today: IsoDate
  /** Per mapped field: the title of its column, to name it in problems. */
  columnOf: ReadonlyMap<ImportTarget, string>
}

/** The jeugdregio from the shipped list wins over a typed one, as in the youth form. */
function withRegion(values: YouthValues): YouthValues {
  return { ...values, jeugdregio: jeugdregioOf(values.municipalityCode) ?? values.jeugdregio }
}

function youthDiffers(youth: Youth, values: YouthValues): boolean {
  return (Object.keys(values) as (keyof YouthValues)[]).some((key) => youth[key] !== values[key])
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

  const problems = [...read.problems]
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
  const changes =
    !existing ||
    youthDiffers(existing.youth, values) ||
    Object.entries(read.statuses).some(([id, status]) => existing.statuses[id] !== status)
  return {
    rowNumber,
    clientRef,
    ok: true,
    existingId,
    existingUpdatedAt: existing?.youth.updatedAt ?? null,
    values,
    statuses: read.statuses,
    changes,
  }
}
