import type { CellValue, SourceTable } from './types'

function isBlank(cell: CellValue | undefined): boolean {
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
 * Turns a grid of cells (row 1 first) into a table: the first non-blank row holds the column
 * titles, blank rows are left out, and every row keeps the number the user sees in the sheet.
 */
export function toSourceTable(
  grid: readonly (readonly CellValue[])[],
  untitled: (letter: string) => string = (letter) => `Kolom ${letter}`,
): SourceTable {
  const headerIndex = grid.findIndex((row) => row.some((cell) => !isBlank(cell)))
  if (headerIndex < 0) return { headers: [], rows: [] }
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0)
  const headerRow = grid[headerIndex] ?? []
  const headers = Array.from({ length: width }, (_, i) => {
    const cell = headerRow[i]
    const title = isBlank(cell) ? '' : String(cell).replace(/\s+/g, ' ').trim()
    return title || untitled(columnLetter(i))
  })
  const rows = []
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const row = grid[i] ?? []
    if (row.every((cell) => isBlank(cell))) continue
    rows.push({ rowNumber: i + 1, cells: Array.from({ length: width }, (_, c) => row[c] ?? null) })
  }
  return { headers, rows }
}
