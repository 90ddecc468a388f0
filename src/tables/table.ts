import type { ExportTable } from '../domain/report/table'

// Cells and tables are domain types, so src/components can render them; the builders are here.
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
    /** Header text wraps from this many characters (default 14): narrow columns, tall headers. */
    headerWidth?: number
    maxLines?: number
    /**
     * Print one page wide however many columns (a list otherwise goes across pages when it
     * would print smaller than about 85 %): every row whole on its page, as a reader expects.
     */
    onePageWide?: boolean
    /**
     * How many leading columns say whose row it is (default 1): repeated on every page when a
     * list is printed more than one page wide.
     */
    keyColumns?: number
  }
}

/**
 * How a workbook prints when the caller asks for it: A4 landscape as wide as the page, the
 * header rows repeated on every page, a footer with a page number, and rows as high as their
 * wrapped text (LibreOffice does not work that out when it opens a file).
 */
export interface PrintSetup {
  /** Left in the footer of every page (e.g. the ronde); the page number goes on the right. */
  footer: string
  /** The right part of the footer, with Excel's codes: "Pagina &P van &N". */
  pageFooter: string
}
