import { createWordMatcher } from '../../domain/import/cell-values'
import {
  colourMeanings,
  recogniseColourColumns,
  withColourColumns,
} from '../../domain/import/colour-statuses'
import type { ContentMatch } from '../../domain/import/content-match'
import { readLegend, type Legend, type StatusOfText } from '../../domain/import/legend'
import { STATUS_WORDS } from '../../domain/import/vocabulary'
import { STATUSES, type Status } from '../../domain/types'
import { importWords } from './import-words'
import type { LoadedSheet } from './read-import-file'

/**
 * Statuses kept as cell colours, for the import screen: the sheet's legend, the content rule
 * for colour-only columns, and what every colour means once the user has answered.
 */

/** Status words as the row reader knows them: the vocabulary plus the app's own labels. */
export function importStatusOf(): StatusOfText {
  const extra = importWords().status ?? {}
  const words = {} as Record<Status, readonly string[]>
  for (const s of STATUSES) words[s] = [...STATUS_WORDS[s], ...(extra[s] ?? [])]
  return createWordMatcher(words)
}

/** The legend of the sheet the list is on, or null when it has no colours or no legend. */
export function legendOf(sheet: LoadedSheet): Legend | null {
  const grid = sheet.sheets[sheet.sheetIndex]
  if (!grid?.fills) return null
  const legend = readLegend(grid.grid, grid.fills, sheet.headerIndex, importStatusOf())
  return legend.meanings.size + legend.words.size > 0 ? legend : null
}

/** What the columns hold by their values, or else by their colours. */
export function contentWithColours(
  sheet: LoadedSheet,
  content: readonly (ContentMatch | null)[],
  legend: Legend | null,
): (ContentMatch | null)[] {
  if (!sheet.table.rows.some((r) => r.fills)) return [...content]
  return withColourColumns(content, recogniseColourColumns(sheet.table, colourMeanings(legend)))
}
