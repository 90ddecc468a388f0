import { formatDutchDate } from '../dates'
import { cellText } from './cell-values'
import type { CellValue, SourceTable } from './types'

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

/** "A", "B", … "Z", "AA": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/**
 * A title cell as the user reads it: one line, no surrounding spaces; a date cell (a month
 * over a column, a date in a heading row) as dd-mm-jjjj, never a JavaScript date string.
 */
export function titleText(cell: CellValue | undefined): string {
  if (cell instanceof Date) return formatDutchDate(cellText(cell) || null)
  return isBlank(cell) ? '' : String(cell).replace(/\s+/g, ' ').trim()
}

export interface TableOptions {
  /** Index in the grid of the row with the column titles; default: the first non-blank row. */
  headerIndex?: number
  /** The title of a column without one. */
  untitled?: (letter: string) => string
  /** Per grid row and column the fill colour, carried to the table's rows. */
  fills?: readonly (readonly (string | null)[] | undefined)[] | undefined
}

/** Columns with a title or any value; fully empty ones (often trailing) are left out. */
function usedColumns(grid: readonly (readonly CellValue[])[], headerIndex: number): number[] {
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0)
  const used: boolean[] = new Array<boolean>(width).fill(false)
  let open = width
  for (let r = headerIndex; r < grid.length && open > 0; r++) {
    const row = grid[r] ?? []
    for (let c = 0; c < row.length; c++) {
      if (!used[c] && !isBlank(row[c])) {
        used[c] = true
        open--
      }
    }
  }
  return used.flatMap((u, c) => (u ? [c] : []))
}

/**
 * Turns a grid of cells (row 1 first) into a table: the titles from the header row, the
 * non-blank rows below it, each with the row number the user sees in the sheet. Columns
 * without title or value are left out; the others keep their titles as in the sheet.
 */
export function toSourceTable(
  grid: readonly (readonly CellValue[])[],
  options: TableOptions = {},
): SourceTable {
  const { untitled = (letter: string) => `Kolom ${letter}` } = options
  const headerIndex =
    options.headerIndex ?? grid.findIndex((row) => row.some((cell) => !isBlank(cell)))
  if (headerIndex < 0 || headerIndex >= grid.length) {
    return { headers: [], rows: [], headerRowNumber: 0 }
  }
  const columns = usedColumns(grid, headerIndex)
  const headerRow = grid[headerIndex] ?? []
  const headers = columns.map((c) => titleText(headerRow[c]) || untitled(columnLetter(c)))
  const rows = []
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const row = grid[i] ?? []
    if (row.every((cell) => isBlank(cell))) continue
    const cells = columns.map((c) => row[c] ?? null)
    const fills = options.fills?.[i]
    rows.push(
      fills?.length
        ? { rowNumber: i + 1, cells, fills: columns.map((c) => fills[c] ?? null) }
        : { rowNumber: i + 1, cells },
    )
  }
  return { headers, rows, headerRowNumber: headerIndex + 1 }
}
