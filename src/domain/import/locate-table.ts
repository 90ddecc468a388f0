import { cellDate } from './cell-values'
import type { HeaderMatcher } from './header-match'
import { isBlank, titleText, toSourceTable } from './source-table'
import type { CellValue, SourceTable } from './types'

/** A sheet of a workbook (a CSV file is one sheet) as rows of cells, row 1 first. */
export interface SheetGrid {
  name: string
  grid: CellValue[][]
  /** Per row and column the fill colour ("RRGGBB"); absent when the sheet has none. */
  fills?: (string | null)[][]
}

/** How far down the column titles are looked for: below title lines, notes and empty rows. */
export const HEADER_SEARCH_ROWS = 30

const REFERENCE = new Date(Date.UTC(2000, 0, 1))
/** The score of one surely recognised title. */
const KNOWN_TITLE = 3

/** Rows within reach that hold anything: the choices for the row with the column titles. */
export function headerRowChoices(grid: readonly (readonly CellValue[])[]): number[] {
  const out: number[] = []
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
    if ((grid[i] ?? []).some((cell) => !isBlank(cell))) out.push(i)
  }
  return out
}

/**
 * How much a row looks like column titles: a known title counts most, other short text a
 * little; numbers and dates count against (they are data). A row with one filled cell is a
 * title line or a note, not a header.
 */
function headerScore(row: readonly CellValue[], matcher: HeaderMatcher): number {
  const filled = row.filter((cell) => !isBlank(cell))
  if (filled.length < 2) return 0
  let score = 0
  for (const cell of filled) {
    if (typeof cell !== 'string') {
      score -= 1
      continue
    }
    const text = titleText(cell)
    const match = matcher.match(text)
    if (match?.confidence === 'sure') score += KNOWN_TITLE
    else if (match) score += 1
    else if (/^[\d\s.,:/-]+$/.test(text) || cellDate(text, REFERENCE) !== null) score -= 1
    else if (text.length <= 60) score += 0.25
  }
  return score
}

/** The row with the column titles among the first rows, and how much it looks like one. */
function findHeader(grid: readonly (readonly CellValue[])[], matcher: HeaderMatcher) {
  const choices = headerRowChoices(grid)
  let index = choices[0] ?? -1
  let score = 0
  for (const choice of choices) {
    const s = headerScore(grid[choice] ?? [], matcher)
    if (s > score) {
      index = choice
      score = s
    }
  }
  return { index, score }
}

/** The row with the column titles among the first rows; the first filled row when none fits. */
export function detectHeaderRow(
  grid: readonly (readonly CellValue[])[],
  matcher: HeaderMatcher,
): number {
  return findHeader(grid, matcher).index
}

/** The titles of a row in order, blanks left out: the layout a remembered mapping is kept by. */
export function rowTitles(row: readonly CellValue[]): string[] {
  return row.map(titleText).filter((t) => t !== '')
}

export interface TableLocation {
  sheetIndex: number
  headerIndex: number
  /** Set when the row's titles match a layout remembered from an earlier import. */
  remembered: boolean
}

/**
 * Where the list is: a sheet and header row whose titles match a remembered layout first;
 * otherwise the first sheet with data below its detected header row (a workbook often starts
 * with an empty or a title sheet).
 */
export function locateTable(
  sheets: readonly SheetGrid[],
  matcher: HeaderMatcher,
  isRemembered: (titles: readonly string[]) => boolean = () => false,
): TableLocation {
  for (let sheetIndex = 0; sheetIndex < sheets.length; sheetIndex++) {
    const grid = sheets[sheetIndex]?.grid ?? []
    for (const headerIndex of headerRowChoices(grid)) {
      if (isRemembered(rowTitles(grid[headerIndex] ?? []))) {
        return { sheetIndex, headerIndex, remembered: true }
      }
    }
  }
  // A sheet whose header row holds a known column title wins over an explanation sheet.
  let fallback: TableLocation | null = null
  for (let sheetIndex = 0; sheetIndex < sheets.length; sheetIndex++) {
    const grid = sheets[sheetIndex]?.grid ?? []
    const { index, score } = findHeader(grid, matcher)
    if (index < 0 || !hasDataBelow(grid, index)) continue
    const here = { sheetIndex, headerIndex: index, remembered: false }
    if (score >= KNOWN_TITLE) return here
    fallback ??= here
  }
  return (
    fallback ?? {
      sheetIndex: 0,
      headerIndex: detectHeaderRow(sheets[0]?.grid ?? [], matcher),
      remembered: false,
    }
  )
}

function hasDataBelow(grid: readonly (readonly CellValue[])[], headerIndex: number): boolean {
  for (let i = headerIndex + 1; i < grid.length; i++) {
    if ((grid[i] ?? []).some((cell) => !isBlank(cell))) return true
  }
  return false
}

/** The table of one sheet with the given header row. */
export function tableAt(sheet: SheetGrid | undefined, headerIndex: number): SourceTable {
  return toSourceTable(sheet?.grid ?? [], { headerIndex, fills: sheet?.fills })
}
