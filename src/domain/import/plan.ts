import type { IsoDate, Status } from '../types'
import type { YouthValues } from '../youth-input'
import { analyseRow, type ExistingYouth } from './analyse-row'
import type { ColourMeaningOf } from './colour-statuses'
import { createRowReader, type ExtraWords } from './read-row'
import type {
  AssessmentDetails,
  ColumnMapping,
  ImportChoices,
  ImportProblem,
  ImportTarget,
  RowAnalysis,
  RowChange,
  SkipReason,
  SourceTable,
} from './types'

export interface AnalyseTableOptions {
  today: IsoDate
  words?: ExtraWords
  /** What the fill colours of status cells mean. */
  colours?: ColourMeaningOf
  /** Called between chunks, so a caller can show progress and let the browser breathe. */
  onChunk?: (done: number, total: number) => Promise<void> | void
  chunkSize?: number
}

/**
 * Reads and checks every row of the sheet: the expensive part, done once; the user's choices
 * about duplicates are applied afterwards by `resolvePlan`, which is cheap.
 */
export async function analyseTable(
  table: SourceTable,
  mapping: ColumnMapping,
  existing: ReadonlyMap<string, ExistingYouth>,
  options: AnalyseTableOptions,
): Promise<RowAnalysis[]> {
  const { today, words, colours, onChunk, chunkSize = 2000 } = options
  const reference = new Date(`${today}T12:00:00`)
  const read = createRowReader({ headers: table.headers, mapping, reference, words, colours })
  const columnOf = new Map<ImportTarget, string>()
  mapping.forEach((target, i) => {
    if (target !== null && !columnOf.has(target)) columnOf.set(target, table.headers[i] ?? '')
  })
  const out: RowAnalysis[] = []
  const total = table.rows.length
  for (let start = 0; start < total; start += chunkSize) {
    for (const row of table.rows.slice(start, start + chunkSize)) {
      const r = read(row)
      out.push(analyseRow(r, existing.get(r.clientRef), { today, columnOf }))
    }
    await onChunk?.(Math.min(start + chunkSize, total), total)
  }
  return out
}

export interface PlannedAdd {
  rowNumber: number
  values: YouthValues
  statuses: Record<string, Status>
  /** Toelichting and actie per precondition, when the sheet has columns for them. */
  details?: Record<string, AssessmentDetails>
}

export interface PlannedUpdate extends PlannedAdd {
  youthId: string
  /** The youth's `updatedAt` when the row was checked. */
  basedOn: string
  /** What changes, shown per youth before the commit. */
  diff: readonly RowChange[]
}

export interface ImportPlan {
  adds: PlannedAdd[]
  updates: PlannedUpdate[]
  skipped: { rowNumber: number; clientRef: string; reason: SkipReason }[]
  /** Every problem in every row, in sheet order. */
  problems: ImportProblem[]
  /** Cliëntnummers in the file that are already on the board. */
  onBoard: string[]
  /** Cliëntnummers that occur in more than one row. */
  twiceInFile: string[]
  /** Rows waiting for a choice about a duplicate cliëntnummer; nothing can be saved yet. */
  undecided: number
}

/** Applies the user's choices about duplicates: what will be added, updated and skipped. */
export function resolvePlan(rows: readonly RowAnalysis[], choices: ImportChoices): ImportPlan {
  const groups = new Map<string, RowAnalysis[]>()
  for (const row of rows) {
    if (row.clientRef === '') continue
    const group = groups.get(row.clientRef)
    if (group) group.push(row)
    else groups.set(row.clientRef, [row])
  }
  const plan: ImportPlan = {
    adds: [],
    updates: [],
    skipped: [],
    problems: [],
    onBoard: [],
    twiceInFile: [],
    undecided: 0,
  }
  const skip = (row: RowAnalysis, reason: SkipReason) =>
    plan.skipped.push({ rowNumber: row.rowNumber, clientRef: row.clientRef, reason })

  for (const [clientRef, group] of groups) {
    if (group.length > 1) plan.twiceInFile.push(clientRef)
    if (group.some((r) => r.existingId !== null)) plan.onBoard.push(clientRef)
  }
  for (const row of rows) {
    if (!row.ok) plan.problems.push(...row.problems)
    const group = groups.get(row.clientRef)
    if (group && group.length > 1) {
      if (choices.inFile === null) {
        plan.undecided++
        skip(row, { kind: 'undecided' })
        continue
      }
      const used = choices.inFile === 'update' ? group[group.length - 1] : group[0]
      if (used && used !== row) {
        skip(row, { kind: 'duplicateInFile', usedRow: used.rowNumber })
        continue
      }
    }
    if (!row.ok) {
      skip(row, { kind: 'problems' })
    } else if (row.existingId === null) {
      plan.adds.push({
        rowNumber: row.rowNumber,
        values: row.values,
        statuses: row.statuses,
        ...(row.details ? { details: row.details } : {}),
      })
    } else if (choices.existing === null) {
      plan.undecided++
      skip(row, { kind: 'undecided' })
    } else if (choices.existing === 'skip') {
      skip(row, { kind: 'existsOnBoard' })
    } else if (!row.changes) {
      skip(row, { kind: 'unchanged' })
    } else {
      plan.updates.push({
        rowNumber: row.rowNumber,
        youthId: row.existingId,
        basedOn: row.existingUpdatedAt ?? '',
        values: row.values,
        statuses: row.statuses,
        ...(row.details ? { details: row.details } : {}),
        diff: row.diff,
      })
    }
  }
  return plan
}

export type { ExistingYouth }
