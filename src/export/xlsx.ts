import ExcelJS from 'exceljs'
import type { Status } from '../domain/types'
import { neutraliseCell } from './neutralise'
import type { Cell, ExportSheet, PrintSetup } from '../tables/table'
import { applyPrintSetup, pagesWide, PRINT_WIDTHS, RowHeights } from './xlsx-print'

export type { PrintSetup }

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
/** Column widths on screen: text up to 60 characters wide, headers up to 24. */
const SCREEN_WIDTHS = { text: 60, header: 24 }

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

const PLAIN = shared('plain', () => ({}))
const WRAPPED = shared('wrapped', () => ({ alignment: { wrapText: true, vertical: 'top' } }))
const DATE = shared('date', () => ({ numFmt: 'dd-mm-yyyy' }))
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
  }))
}

/** The same style aligned to the top of its cell, for rows made taller by wrapped text. */
const topStyles = new WeakMap<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>()
function atTop(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const known = topStyles.get(style)
  if (known) return known
  const top: Partial<ExcelJS.Style> = Object.freeze({
    ...style,
    alignment: { ...style.alignment, vertical: 'top' as const },
  })
  topStyles.set(style, top)
  return top
}

function styleOf(cell: Cell, wrap: boolean): Partial<ExcelJS.Style> {
  switch (cell.kind) {
    case 'text':
      return wrap ? WRAPPED : PLAIN
    case 'number': {
      const format = numberFormat(cell)
      return shared(`number:${format}`, () => ({ numFmt: format }))
    }
    case 'date':
      return DATE
    case 'status':
      return statusStyle(cell.value)
  }
}

/**
 * Writes one cell; returns whether its text wraps (its row may need more height). `top`
 * aligns every cell to the top, so a row with a wrapped cell still reads as one line.
 */
function writeCell(target: ExcelJS.Cell, cell: Cell, maxWidth: number, top: boolean): boolean {
  const wrap = cell.kind === 'text' && (cell.value.length > maxWidth || cell.value.includes('\n'))
  switch (cell.kind) {
    case 'text':
      target.value = neutraliseCell(cell.value)
      break
    case 'number':
      target.value = cell.value
      break
    case 'date':
      target.value = cell.value ? dateCell(cell.value) : null
      break
    case 'status':
      target.value = neutraliseCell(cell.label)
      break
  }
  const style = styleOf(cell, wrap)
  target.style = top ? atTop(style) : style
  return wrap
}

function addSheet(workbook: ExcelJS.Workbook, spec: ExportSheet, print?: PrintSetup) {
  const limits = print
    ? {
        text: spec.print?.textWidth ?? PRINT_WIDTHS.text,
        header: spec.print?.headerWidth ?? PRINT_WIDTHS.header,
      }
    : SCREEN_WIDTHS
  const heights = print ? new RowHeights(spec.print?.maxLines) : null
  const headingRows = spec.headingLines.length
  const sheet = workbook.addWorksheet(spec.name, {
    views: [
      spec.list
        ? { state: 'frozen', ySplit: headingRows + 1, xSplit: 1 }
        : { state: 'frozen', ySplit: headingRows },
    ],
  })
  // Printed from Excel too: landscape, as wide as the page (paper size: the printer default).
  sheet.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  }
  spec.headingLines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1)
    cell.value = neutraliseCell(line)
    cell.style = i === 0 ? TITLE : PLAIN
  })
  const widths: number[] = []
  const widen = (col: number, length: number, cap = limits.text) => {
    widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(cap, length + 2))
  }
  let row = headingRows + 1
  for (const table of spec.tables) {
    if (!spec.list) {
      row++
      const title = sheet.getCell(row, 1)
      title.value = neutraliseCell(table.title)
      title.style = TABLE_TITLE
      row++
    }
    const headerRow = row
    table.headers.forEach((header, c) => {
      const cell = sheet.getCell(row, c + 1)
      cell.value = neutraliseCell(header)
      cell.style = HEADER
      // A header wraps at spaces only: its longest word sets the least width.
      const longestWord = Math.max(...header.split(/\s+/).map((word) => word.length))
      widen(
        c,
        Math.max(longestWord, Math.min(header.length, limits.header)),
        Math.max(limits.text, longestWord + 2),
      )
      heights?.add(row, c, header, true)
    })
    for (const cells of table.rows) {
      row++
      cells.forEach((cell, c) => {
        const wraps = writeCell(sheet.getCell(row, c + 1), cell, limits.text, print !== undefined)
        if (wraps && cell.kind === 'text') {
          heights?.add(row, c, cell.value, false)
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
  if (print) {
    heights?.apply(sheet, widths)
    // A list repeats its title lines and header row; other sheets their title lines.
    const totalWidth = widths.reduce((sum, w) => sum + w, 0)
    applyPrintSetup(
      sheet,
      print,
      { from: 1, to: spec.list ? headingRows + 1 : headingRows },
      {
        pages: spec.print?.onePageWide ? 1 : pagesWide(totalWidth, spec.list),
        keyColumns: spec.print?.keyColumns ?? 1,
      },
    )
  }
}

/** One .xlsx with the given sheets, as bytes ready to download. */
export async function writeXlsx(
  sheets: readonly ExportSheet[],
  meta: { creator: string; created: Date; print?: PrintSetup },
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = meta.creator
  workbook.created = meta.created
  for (const sheet of sheets) addSheet(workbook, sheet, meta.print)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}
