import type { Status } from '../types'
import { isBackground, type ColourMeaning } from './cell-colour'
import { normaliseName } from '../municipalities'
import { cellText, createWordMatcher } from './cell-values'
import type { CellValue } from './types'
import { STATUS_WORDS } from './vocabulary'

/**
 * A legend on the sheet: "Kleuren:" (or "Legenda") and below or beside it a few cells with a
 * fill and a word in or beside them ("knelpunt", "groen", "geen status"). The sheet then says
 * itself what its colours mean, which beats any rule about hues.
 */
export interface Legend {
  /** Per colour ("RRGGBB") what the legend says it means. */
  meanings: Map<string, ColourMeaning>
  /** Per colour the legend's word when it names no status ("wacht op indicatie"). */
  words: Map<string, string>
}

/** A legend starts at a cell whose text begins with one of these. */
const MARKERS = ['kleur', 'legenda', 'legend', 'colour', 'color']
/** Rows below the marker a legend may take. */
const LEGEND_ROWS = 10
/** Words for a colour that means no status. */
const NO_STATUS = ['geen status', 'geen', 'leeg', 'niets', 'no status', 'none']

const isMarker = (text: string) => {
  const name = normaliseName(text)
  return MARKERS.some((m) => name === m || name.startsWith(m))
}

export type StatusOfText = (text: string) => Status | undefined

const defaultStatusOf = createWordMatcher(STATUS_WORDS)
const noStatus = new Set(NO_STATUS.map(normaliseName))

/** "groen = geregeld", "= rood", "Knelpunt (rood)": the first part that names a status. */
export function meaningOfWord(text: string, statusOf: StatusOfText): ColourMeaning | undefined {
  const parts = [text, ...text.split(/[=:(),;–]/), ...text.split(/\s+/)]
  for (const part of parts) {
    const trimmed = part.trim()
    if (trimmed === '') continue
    if (noStatus.has(normaliseName(trimmed))) return 'none'
    const status = statusOf(trimmed)
    if (status) return status
  }
  return undefined
}

function markerAt(
  grid: readonly (readonly CellValue[])[],
  headerIndex: number,
): { row: number; col: number } | null {
  for (let row = 0; row < grid.length; row++) {
    // A column title such as "Kleur wonen" names a column, not a legend.
    if (row === headerIndex) continue
    const cells = grid[row] ?? []
    for (let col = 0; col < cells.length; col++) {
      const text = cellText(cells[col] ?? null)
      // A marker is a short label, not a sentence that happens to start with "kleur".
      if (text !== '' && text.length <= 40 && isMarker(text)) return { row, col }
    }
  }
  return null
}

/**
 * Reads the legend of a sheet, if it has one. `headerIndex` is the row of the list's column
 * titles: a legend above the list stops there, so the list's own coloured cells never count.
 */
export function readLegend(
  grid: readonly (readonly CellValue[])[],
  fills: readonly (readonly (string | null)[] | undefined)[] | undefined,
  headerIndex: number,
  statusOf: StatusOfText = defaultStatusOf,
): Legend {
  const legend: Legend = { meanings: new Map(), words: new Map() }
  if (!fills) return legend
  const marker = markerAt(grid, headerIndex)
  if (!marker) return legend
  const last = marker.row < headerIndex ? headerIndex - 1 : marker.row + LEGEND_ROWS
  for (let row = marker.row; row <= Math.min(last, grid.length - 1); row++) {
    const cells = grid[row] ?? []
    const colours = fills[row] ?? []
    let found = false
    for (let col = marker.col; col < Math.max(cells.length, colours.length); col++) {
      const colour = colours[col]
      if (!colour || isBackground(colour) || legend.meanings.has(colour)) continue
      // The word in the coloured cell itself, else the first text beside it.
      const own = cellText(cells[col] ?? null)
      let word = own && !isMarker(own) ? own : ''
      for (let next = col + 1; word === '' && next <= col + 2; next++) {
        if (!colours[next] || isBackground(colours[next] ?? ''))
          word = cellText(cells[next] ?? null)
      }
      if (word === '') continue
      found = true
      const meaning = meaningOfWord(word, statusOf)
      if (meaning) legend.meanings.set(colour, meaning)
      else if (!legend.words.has(colour)) legend.words.set(colour, word)
    }
    // The legend ends at the first row below the marker without an entry.
    if (!found && row > marker.row) break
  }
  return legend
}
