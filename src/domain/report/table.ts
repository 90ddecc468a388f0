import type { IsoDate, Status } from '../types'

/*
 * The table model that the screen, print and the spreadsheet writers share: a report table is
 * data (typed cells), so every output says the same "Tabel 6" with the same figures.
 */

/** One cell of a report table; writers turn each kind into a real spreadsheet value. */
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
