import type { Status } from '../types'
import type { ValidationCode } from '../validation'
import type { YouthField, YouthInput, YouthValues } from '../youth-input'

/** One cell as a spreadsheet reader hands it over. */
export type CellValue = string | number | boolean | Date | null

export interface SourceRow {
  /** The row number as the user sees it in the sheet. */
  rowNumber: number
  cells: CellValue[]
  /** Per column the cell's fill colour ("RRGGBB"), when the row has any (see cell-colour). */
  fills?: (string | null)[]
}

/** A sheet as read from a file: column titles and the non-blank rows below them. */
export interface SourceTable {
  headers: string[]
  rows: SourceRow[]
  /** The row of the column titles as numbered in the sheet (0: none). */
  headerRowNumber: number
}

/** The status of one precondition (`status:<preconditionId>`). */
export type StatusTarget = `status:${string}`
/** The toelichting (`note:<id>`) or actie (`action:<id>`) of one precondition. */
export type DetailTarget = `note:${string}` | `action:${string}`
/** A field of a youth, or the status, toelichting or actie of one precondition. */
export type ImportTarget = YouthField | StatusTarget | DetailTarget

/** Per source column (by index): the field it fills, or null when it is not imported. */
export type ColumnMapping = (ImportTarget | null)[]

export const IMPORT_PROBLEM_CODES = ['unknownStatus', 'unknownOption'] as const
export type ImportProblemCode = ValidationCode | (typeof IMPORT_PROBLEM_CODES)[number]

/** One problem in one row, at the column the user sees (null: the field has no column). */
export interface ImportProblem {
  rowNumber: number
  column: string | null
  target: ImportTarget
  code: ImportProblemCode
  /** The cell as it was in the sheet, for the message. */
  value: string
}

/** Toelichting and actie of one precondition, when the sheet has a column for them. */
export interface AssessmentDetails {
  note?: string
  action?: string
}

/** What one row of the sheet says about one youth, before it is checked against the board. */
export interface ReadRow {
  rowNumber: number
  clientRef: string
  fields: Partial<YouthInput>
  statuses: Record<string, Status>
  /** Per precondition id; absent when no column holds a toelichting or actie. */
  details?: Record<string, AssessmentDetails>
  /** Problems found while reading cells (unknown status word, unknown verblijfsvorm, …). */
  problems: ImportProblem[]
}

/** One change that a row makes to a youth already on the board. */
export type RowChange =
  | {
      kind: 'field'
      field: keyof YouthValues
      from: YouthValues[keyof YouthValues] | null
      to: YouthValues[keyof YouthValues] | null
    }
  | { kind: 'status'; preconditionId: string; from: Status | null; to: Status }
  | {
      kind: 'detail'
      preconditionId: string
      detail: 'note' | 'action'
      from: string
      to: string
    }

/** A row after validation against the youth rules and the board. */
export type RowAnalysis =
  | {
      rowNumber: number
      clientRef: string
      ok: true
      /** The youth on the board with this cliëntnummer, if any. */
      existingId: string | null
      /** Its `updatedAt` when the row was checked: a later change elsewhere stops the import. */
      existingUpdatedAt: string | null
      values: YouthValues
      statuses: Record<string, Status>
      details?: Record<string, AssessmentDetails>
      /** False when the row would change nothing on the board. */
      changes: boolean
      /** For a youth on the board: every change the row makes, to show before the commit. */
      diff: readonly RowChange[]
    }
  | {
      rowNumber: number
      clientRef: string
      ok: false
      existingId: string | null
      problems: ImportProblem[]
    }

export type DuplicateChoice = 'update' | 'skip'

export interface ImportChoices {
  /** A cliëntnummer already on the board: update that youth, or skip the row. */
  existing: DuplicateChoice | null
  /** A cliëntnummer twice in the file: the last row updates (wins), or later rows are skipped. */
  inFile: DuplicateChoice | null
}

export type SkipReason =
  | { kind: 'problems' }
  | { kind: 'existsOnBoard' }
  | { kind: 'unchanged' }
  | { kind: 'duplicateInFile'; usedRow: number }
  | { kind: 'undecided' }
