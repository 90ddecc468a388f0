import { OldExcelError, UnreadableFileError, type Workbook } from './read-import-file'
import { OversizedWorkbookError } from './zip-budget'

/**
 * What the reading worker and the page say to each other. A thrown error loses its class on
 * the way, so refusals travel as data and become the same errors again on the page.
 */
export interface WorkerRequest {
  buffer: ArrayBuffer
  name: string
}

export type ReadErrorData =
  | { kind: 'oldExcel' }
  | { kind: 'unreadable'; as: 'binary' | 'zip' }
  | { kind: 'oversized'; unpackedBytes: number; reason: 'size' | 'ratio' }
  | { kind: 'other'; message: string }

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; workbook: Workbook }
  | { type: 'failed'; error: ReadErrorData }

export function describeReadError(error: unknown): ReadErrorData {
  if (error instanceof OldExcelError) return { kind: 'oldExcel' }
  if (error instanceof UnreadableFileError) return { kind: 'unreadable', as: error.kind }
  if (error instanceof OversizedWorkbookError) {
    return { kind: 'oversized', unpackedBytes: error.unpackedBytes, reason: error.reason }
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) }
}

export function readErrorFrom(data: ReadErrorData): Error {
  switch (data.kind) {
    case 'oldExcel':
      return new OldExcelError()
    case 'unreadable':
      return new UnreadableFileError(data.as)
    case 'oversized':
      return new OversizedWorkbookError(data.unpackedBytes, data.reason)
    case 'other':
      return new Error(data.message)
  }
}
