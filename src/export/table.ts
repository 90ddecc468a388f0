import type { IsoDate, Status } from '../domain/types'

/** One cell of an exported table; writers turn each kind into a real spreadsheet value. */
export type Cell =
  | { kind: 'text'; value: string }
  /**
   * `decimals` 0 (default) writes a whole number; `percent` a share (0.25) as 25,0%;
   * `signed` a difference with its sign (+3, -2).
   */
  | {
      kind: 'number'
      value: number | null
      decimals?: number
      percent?: boolean
      signed?: boolean
    }
  | { kind: 'date'; value: IsoDate | null }
  /** A status: filled with its colour and always carrying the word. */
  | { kind: 'status'; value: Status; label: string }

export interface ExportTable {
  /** "Tabel 3. Uitstroom naar bestemming" */
  title: string
  headers: string[]
  rows: Cell[][]
  /** Optional stable names of the columns (the screen uses them to style or hide columns). */
  columnKeys?: string[]
}

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
   * Printed at the bottom of every page: `text` on the left (e.g. the peildatum) and the page
   * number on the right, worded by `page` around the spreadsheet's own page fields.
   */
  footer?: { text: string; page: (current: string, total: string) => string }
}
