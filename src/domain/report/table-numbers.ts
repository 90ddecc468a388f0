import type { ExportTable } from './table'

/** Table numbers, fixed so screen, print and Excel all say the same "Tabel 6". */
export const TABLE_NUMBERS = {
  keyFigures: 1,
  stay: 2,
  outflowDestination: 3,
  outflowReason: 4,
  totalStatus: 5,
  perPrecondition: 6,
  change: 7,
  perPreconditionCode: 8,
  perCode: 9,
  perOwner: 10,
  eighteenWindows: 11,
  eighteenYouths: 12,
  youths: 13,
  about: 14,
  definitions: 15,
  criteria: 16,
  codes: 17,
} as const

export type TableKey = keyof typeof TABLE_NUMBERS

/** Every numbered table of the report, in the order they appear on screen and in print. */
export type ReportTables = Record<TableKey, ExportTable>
