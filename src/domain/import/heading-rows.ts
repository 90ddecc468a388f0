import { cellText } from './cell-values'
import { isBlank } from './source-table'
import type { ColumnMapping, SourceRow, SourceTable } from './types'

/**
 * Lines in a list that are no youth, the way a person skips them: a heading row with one
 * filled cell above a block of youths ("Locatie Horizon Noord", often a merged cell), and lines
 * after the table such as totals, signatures or notes. A heading sets the locatie of the rows
 * below it when no column holds the locatie.
 */
export interface OtherLine {
  rowNumber: number
  text: string
  kind: 'heading' | 'closing' | 'note'
}

export interface YouthRows {
  /** The table of youth rows only; with a locatie column from the headings when they set it. */
  table: SourceTable
  mapping: ColumnMapping
  lines: OtherLine[]
  /** The headings set the locatie of the rows below them. */
  locationFromHeadings: boolean
}

/** The title of the column the headings fill (a column no sheet has). */
export const HEADING_COLUMN = 'Locatie (uit kopregel)'

/** A cell with text, or a coloured cell (a status kept as a fill only). */
const hasValue = (row: SourceRow, column: number) =>
  !isBlank(row.cells[column]) || Boolean(row.fills?.[column])
const filled = (row: SourceRow) => row.cells.filter((_, i) => hasValue(row, i)).length
const textOf = (row: SourceRow) =>
  row.cells
    .filter((c) => !isBlank(c))
    .map(cellText)
    .join(' ')

/** "Locatie Horizon Noord" and "Locatie: Horizon Noord" name the locatie "Horizon Noord". */
const locationName = (text: string) => text.replace(/^\s*locatie\s*:?\s+/i, '').trim()

export function splitYouthRows(table: SourceTable, mapping: ColumnMapping): YouthRows {
  const refColumn = mapping.indexOf('clientRef')
  const isYouth = (row: SourceRow) =>
    filled(row) >= 2 && (refColumn < 0 || !isBlank(row.cells[refColumn]))
  // The list ends with its last row that fills at least half of the mapped columns: sparse
  // rows after it ("Getekend | A. de Vries") close the list.
  const mapped = mapping.flatMap((target, column) => (target === null ? [] : [column]))
  const half = Math.max(2, Math.ceil(mapped.length / 2))
  const isFull = (row: SourceRow) =>
    isYouth(row) && mapped.filter((c) => hasValue(row, c)).length >= half
  let lastYouth = -1
  table.rows.forEach((row, i) => {
    if (isFull(row)) lastYouth = i
  })
  // Per row: is the next filled row below it a youth? Once, from the bottom up.
  const youthNext: boolean[] = new Array<boolean>(table.rows.length).fill(false)
  for (let i = table.rows.length - 2, next = false; i >= 0; i--) {
    const below = table.rows[i + 1]
    if (below && filled(below) > 0) next = isYouth(below)
    youthNext[i] = next
  }
  const lines: OtherLine[] = []
  const youths: { row: SourceRow; heading: string | null }[] = []
  let heading: string | null = null
  table.rows.forEach((row, i) => {
    const count = filled(row)
    if (count === 0) return
    if (i > lastYouth) {
      lines.push({ rowNumber: row.rowNumber, text: textOf(row), kind: 'closing' })
    } else if (count === 1) {
      const opensBlock = youthNext[i] === true
      lines.push({
        rowNumber: row.rowNumber,
        text: textOf(row),
        kind: opensBlock ? 'heading' : 'note',
      })
      if (opensBlock) heading = textOf(row)
    } else {
      // A filled row without a cliëntnummer inside the table stays a youth row: its problem shows.
      youths.push({ row, heading })
    }
  })
  const locationFromHeadings =
    !mapping.includes('location') && lines.some((l) => l.kind === 'heading')
  if (!locationFromHeadings) {
    return {
      table: { ...table, rows: youths.map((y) => y.row) },
      mapping,
      lines,
      locationFromHeadings,
    }
  }
  return {
    table: {
      ...table,
      headers: [...table.headers, HEADING_COLUMN],
      rows: youths.map(({ row, heading: h }) => ({
        ...row,
        cells: [...padded(row.cells, table.headers.length), h === null ? null : locationName(h)],
      })),
    },
    mapping: [...padded(mapping, table.headers.length), 'location'],
    lines,
    locationFromHeadings,
  }
}

function padded<T>(values: readonly (T | null)[], length: number): (T | null)[] {
  return Array.from({ length }, (_, i) => values[i] ?? null)
}
