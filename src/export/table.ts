import type { ExportTable } from '../domain/report/table'

// The cell and table model lives in the domain: the screen renders the same tables.
export type { Cell, ExportTable } from '../domain/report/table'

/** One worksheet: a few heading lines, then one or more tables. */
export interface ExportSheet {
  name: string
  headingLines: string[]
  tables: ExportTable[]
  /**
   * A list sheet (one table): its header row is frozen and gets an autofilter. Otherwise the
   * heading lines are frozen.
   */
  list: boolean
  /**
   * When the workbook is written for print: text wraps from `textWidth` characters (default
   * 36), and a row prints at most `maxLines` lines high (default: as high as its text).
   */
  print?: {
    textWidth?: number
    maxLines?: number
    /**
     * How many leading columns say whose row it is (default 1): repeated on every page when a
     * list is printed more than one page wide.
     */
    keyColumns?: number
  }
}
