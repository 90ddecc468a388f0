import type ExcelJS from 'exceljs'
import type { PrintSetup } from '../tables/table'

/** Column widths for print: text wraps from 36 characters, headers from 14. */
export const PRINT_WIDTHS = { text: 36, header: 14 }

/** Calibri 11: one line of text is 15 points high. */
const LINE_HEIGHT = 15

/** Excel reads `&` in a header or footer as the start of a code; `&&` prints one. */
const footerText = (text: string) => text.replace(/&/g, '&&')

/** Lines a text takes in a column of `width` characters (words are not split). */
function linesIn(text: string, width: number): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let line = 0
    lines++
    for (const word of paragraph.split(' ')) {
      if (line > 0 && line + 1 + word.length > width) {
        lines++
        line = word.length
      } else line += (line > 0 ? 1 : 0) + word.length
    }
  }
  return lines
}

/** Collects the wrapped cells of a sheet; sets their rows' height once the widths are known. */
export class RowHeights {
  private readonly cells: { row: number; col: number; text: string; bold: boolean }[] = []

  /** `maxLines` keeps a list compact: a longer text is cut off in print, never in the cell. */
  constructor(private readonly maxLines = Infinity) {}

  add(row: number, col: number, text: string, bold: boolean) {
    this.cells.push({ row, col, text, bold })
  }

  apply(sheet: ExcelJS.Worksheet, widths: readonly number[]) {
    const lines = new Map<number, number>()
    const headerRows = new Set<number>()
    for (const { row, col, text, bold } of this.cells) {
      if (bold) headerRows.add(row)
      // A column is as wide as N digits; ordinary text is narrower, bold text about as wide.
      const width = Math.max(1, Math.floor(((widths[col] ?? 10) - 1) * (bold ? 0.95 : 1.1)))
      lines.set(row, Math.max(lines.get(row) ?? 1, linesIn(text, width)))
    }
    for (const [row, n] of lines) {
      const shown = headerRows.has(row) ? n : Math.min(n, this.maxLines)
      if (shown > 1) sheet.getRow(row).height = shown * LINE_HEIGHT
    }
  }
}

/**
 * A list page fitted to the width shows at least this many characters of column width: on A4
 * landscape about 140 fit at 100 %, so the print stays at about 85 % or more.
 */
const LIST_CHARACTERS_PER_PAGE = 160

/**
 * Pages across for a sheet whose columns add up to `totalWidth` characters. A summary is fitted
 * to one page wide; a long list may take more than one page across (with its first column
 * repeated), as one page wide it would print too small to read.
 */
export function pagesWide(totalWidth: number, list: boolean): number {
  return list ? Math.max(1, Math.ceil(totalWidth / LIST_CHARACTERS_PER_PAGE)) : 1
}

export function applyPrintSetup(
  sheet: ExcelJS.Worksheet,
  print: PrintSetup,
  repeatRows: { from: number; to: number },
  across: { pages: number; keyColumns: number } = { pages: 1, keyColumns: 1 },
) {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    // A4, the paper of every Dutch office printer. PaperSize is a const enum, which an
    // isolated module cannot name.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: across.pages,
    // A row's parts printed side by side follow each other, rather than after the whole list.
    pageOrder: 'overThenDown',
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  }
  if (repeatRows.to >= repeatRows.from) {
    sheet.pageSetup.printTitlesRow = `${repeatRows.from}:${repeatRows.to}`
  }
  if (across.pages > 1) {
    const last = String.fromCharCode('A'.charCodeAt(0) + Math.max(1, across.keyColumns) - 1)
    sheet.pageSetup.printTitlesColumn = `A:${last}`
  }
  const footer = `&L${footerText(print.footer)}&R${print.pageFooter}`
  sheet.headerFooter = { oddFooter: footer, evenFooter: footer, firstFooter: footer }
}
