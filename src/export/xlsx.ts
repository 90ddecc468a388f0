import ExcelJS from 'exceljs'
import type { Status } from '../domain/types'
import { neutraliseCell } from './neutralise'
import type { Cell, ExportSheet } from './table'

/** Status fills and text colours, the same tokens as on screen (styles.css). */
const STATUS_COLOURS: Record<Status, { fill: string; font: string }> = {
  rood: { fill: 'FFFBE4E4', font: 'FF7A1A12' },
  oranje: { fill: 'FFFDEFD8', font: 'FF6F3204' },
  groen: { fill: 'FFE1F2E5', font: 'FF14532D' },
  onbekend: { fill: 'FFECEFF3', font: 'FF333D4A' },
  nvt: { fill: 'FFF6F7F9', font: 'FF4B5563' },
}
const HEADER_FILL = 'FFE7ECF2'
const MIN_WIDTH = 8
/**
 * Widest column, in characters; longer text wraps. A summary sheet holds many tables that share
 * columns, so it stays narrower: printed on A4 landscape fitted to the width, it must stay
 * readable (about 140 characters of column width fit at 100 %).
 */
const MAX_WIDTH = { list: 40, summary: 28 }
/** Header cells wrap: a long title need not widen a column of small numbers. */
const MAX_HEADER_WIDTH = { list: 16, summary: 12 }

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } }
}

/** A date-only cell at midnight UTC, so Excel never shows the day before. */
function dateCell(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

function numberFormat(cell: Extract<Cell, { kind: 'number' }>): string {
  const decimals = cell.decimals ?? 0
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : ''
  if (cell.percent) return `0${fraction}%`
  const plain = `#,##0${fraction}`
  return cell.signed ? `+${plain};-${plain};0` : plain
}

/** Roughly how many characters a cell shows, for column widths. */
function shownLength(cell: Cell): number {
  switch (cell.kind) {
    case 'text':
      return Math.max(...cell.value.split('\n').map((line) => line.length))
    case 'number':
      return cell.value === null ? 0 : String(Math.round(cell.value)).length + 3
    case 'date':
      return 10
    case 'status':
      return cell.label.length
  }
}

/**
 * Style objects shared by every cell that looks the same. exceljs recognises a style it has
 * seen by object identity, so sharing them (and never changing one) keeps writing 50,000 rows
 * fast; a separate object per cell made it several times slower.
 */
const styles = new Map<string, Partial<ExcelJS.Style>>()
function shared(key: string, make: () => Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  let style = styles.get(key)
  if (!style) {
    style = Object.freeze(make())
    styles.set(key, style)
  }
  return style
}

// Cells sit at the top: beside a wrapped text in a taller row, they stay on its first line.
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' }
const PLAIN = shared('plain', () => ({ alignment: TOP }))
const WRAPPED = shared('wrapped', () => ({ alignment: { wrapText: true, vertical: 'top' } }))
const DATE = shared('date', () => ({ numFmt: 'dd-mm-yyyy', alignment: TOP }))
const TITLE = shared('title', () => ({ font: { bold: true, size: 14 } }))
const TABLE_TITLE = shared('table-title', () => ({ font: { bold: true, size: 12 } }))
const HEADER = shared('header', () => ({
  font: { bold: true },
  fill: solid(HEADER_FILL),
  border: { bottom: { style: 'thin', color: { argb: 'FF6B7685' } } },
  alignment: { vertical: 'bottom', wrapText: true },
}))

function statusStyle(status: Status): Partial<ExcelJS.Style> {
  return shared(`status:${status}`, () => ({
    fill: solid(STATUS_COLOURS[status].fill),
    font: { bold: true, color: { argb: STATUS_COLOURS[status].font } },
    alignment: TOP,
  }))
}

function writeCell(target: ExcelJS.Cell, cell: Cell, maxWidth: number) {
  switch (cell.kind) {
    case 'text': {
      target.value = neutraliseCell(cell.value)
      const wrap = cell.value.length > maxWidth || cell.value.includes('\n')
      target.style = wrap ? WRAPPED : PLAIN
      break
    }
    case 'number': {
      target.value = cell.value
      const format = numberFormat(cell)
      target.style = shared(`number:${format}`, () => ({ numFmt: format, alignment: TOP }))
      break
    }
    case 'date':
      target.value = cell.value ? dateCell(cell.value) : null
      target.style = DATE
      break
    case 'status':
      target.value = neutraliseCell(cell.label)
      target.style = statusStyle(cell.value)
      break
  }
}

function addSheet(workbook: ExcelJS.Workbook, spec: ExportSheet) {
  const headingRows = spec.headingLines.length
  const sheet = workbook.addWorksheet(spec.name, {
    views: [
      spec.list
        ? { state: 'frozen', ySplit: headingRows + 1, xSplit: 1 }
        : { state: 'frozen', ySplit: headingRows },
    ],
  })
  const kind = spec.list ? 'list' : 'summary'
  const maxWidth = MAX_WIDTH[kind]
  spec.headingLines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1)
    cell.value = neutraliseCell(line)
    cell.style = i === 0 ? TITLE : PLAIN
  })
  const widths: number[] = []
  const widen = (col: number, length: number) => {
    widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(maxWidth, length + 2))
  }
  let row = headingRows + 1
  let firstHeaderRow: number | null = null
  // Text that may wrap, per row: its height is set once the column widths are known.
  const wrapping = new Map<number, { col: number; text: string }[]>()
  const mayWrap = (r: number, col: number, text: string) => {
    const list = wrapping.get(r)
    if (list) list.push({ col, text })
    else wrapping.set(r, [{ col, text }])
  }
  for (const table of spec.tables) {
    if (!spec.list) {
      row++
      const title = sheet.getCell(row, 1)
      title.value = neutraliseCell(table.title)
      title.style = TABLE_TITLE
      row++
    }
    const headerRow = row
    firstHeaderRow ??= headerRow
    table.headers.forEach((header, c) => {
      const cell = sheet.getCell(row, c + 1)
      cell.value = neutraliseCell(header)
      cell.style = HEADER
      widen(c, Math.min(header.length, MAX_HEADER_WIDTH[kind]))
      mayWrap(row, c, header)
    })
    for (const cells of table.rows) {
      row++
      cells.forEach((cell, c) => {
        writeCell(sheet.getCell(row, c + 1), cell, maxWidth)
        if (cell.kind === 'text' && (cell.value.length > maxWidth || cell.value.includes('\n'))) {
          mayWrap(row, c, cell.value)
        }
        widen(c, shownLength(cell))
      })
    }
    if (spec.list) {
      sheet.autoFilter = {
        from: { row: headerRow, column: 1 },
        to: { row: Math.max(row, headerRow), column: table.headers.length },
      }
    }
    row++
  }
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width
  })
  // Not every spreadsheet program grows a row for wrapped text by itself (LibreOffice does not
  // for these files), and then the lines print over each other.
  for (const [r, cells] of wrapping) {
    const lines = Math.max(
      ...cells.map(({ col, text }) => lineCount(text, widths[col] ?? MIN_WIDTH)),
    )
    if (lines > 1) sheet.getRow(r).height = LINE_HEIGHT * lines
  }
  const totalWidth = widths.reduce((sum, w) => sum + w, 0)
  printSetup(sheet, spec, {
    lastRepeatedRow: spec.list ? (firstHeaderRow ?? headingRows) : headingRows,
    // A long list may take more than one page across (with its first column repeated): one
    // page wide it would print too small to read.
    pagesWide: spec.list ? Math.max(1, Math.ceil(totalWidth / LIST_CHARACTERS_PER_PAGE)) : 1,
  })
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15
/**
 * A list page fitted to the width shows at least this many characters of column width: on A4
 * landscape about 140 fit at 100 %, so the print stays at about 85 % or more.
 */
const LIST_CHARACTERS_PER_PAGE = 160

/** How many lines a text takes in a column `width` characters wide (roughly, as Excel wraps). */
function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 2)
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / usable)), 0)
}

/** Excel reads `&` in a header or footer as the start of a field code. */
const literal = (text: string) => text.replace(/&/g, '&&')

/**
 * Printed from Excel: A4 landscape, fitted to the width only (as many pages down as needed, at
 * a readable scale), the heading lines (and a list's column titles) repeated on every page,
 * and a footer with the peildatum and the page number.
 */
function printSetup(
  sheet: ExcelJS.Worksheet,
  spec: ExportSheet,
  { lastRepeatedRow, pagesWide }: { lastRepeatedRow: number; pagesWide: number },
) {
  sheet.pageSetup = {
    // exceljs declares PaperSize as an ambient const enum, which isolated modules cannot use.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(lastRepeatedRow > 0 ? { printTitlesRow: `1:${lastRepeatedRow}` } : {}),
    ...(pagesWide > 1 ? { printTitlesColumn: 'A:A' } : {}),
  }
  if (spec.footer) {
    const footer = `&L${literal(spec.footer.text)}&R${spec.footer.page('&P', '&N')}`
    sheet.headerFooter = { oddFooter: footer, evenFooter: footer, firstFooter: footer }
  }
}

/** One .xlsx with the given sheets, as bytes ready to download. */
export async function writeXlsx(
  sheets: readonly ExportSheet[],
  meta: { creator: string; created: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = meta.creator
  workbook.created = meta.created
  for (const sheet of sheets) addSheet(workbook, sheet)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
