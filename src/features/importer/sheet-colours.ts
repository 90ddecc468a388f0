import { colourName } from '../../domain/import/cell-colour'
import { createWordMatcher } from '../../domain/import/cell-values'
import {
  colourMeanings,
  unknownColours,
  type ColourAnswers,
  type UnknownColour,
  recogniseColourColumns,
  withColourColumns,
} from '../../domain/import/colour-statuses'
import type { ContentMatch } from '../../domain/import/content-match'
import type { ColumnMapping } from '../../domain/import/types'
import { readLegend, type Legend, type StatusOfText } from '../../domain/import/legend'
import { STATUS_WORDS } from '../../domain/import/vocabulary'
import { STATUSES, type Status } from '../../domain/types'
import type { Dictionary } from '../../i18n'
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

/** A sheet with its mapping (the wizard's `Mapped`, named here without importing it). */
interface MappedSheet {
  sheet: LoadedSheet
  mapping: ColumnMapping
  proposal: { legend?: Legend | null }
  answers?: ColourAnswers
}

/** The colours of the status columns that neither the legend nor a hue explains. */
export function coloursToAsk(mapped: MappedSheet): UnknownColour[] {
  const legend = mapped.proposal.legend ?? null
  const table = mapped.sheet.table
  if (!table.rows.some((r) => r.fills)) return []
  return unknownColours(table, mapped.mapping, colourMeanings(legend), legend)
}

export const hasUnknownColours = (mapped: MappedSheet) =>
  coloursToAsk(mapped).some((u) => mapped.answers?.[u.colour] === undefined)

/** A colour-only column's examples: the names of its first colours ("celkleur: rood · groen"). */
export function colourExamples(sheet: LoadedSheet, column: number, t: Dictionary): string {
  const names: string[] = []
  for (const row of sheet.table.rows) {
    const colour = row.fills?.[column]
    if (!colour) continue
    const name = t.importColours.names[colourName(colour)]
    if (!names.includes(name)) names.push(name)
    if (names.length === 3) break
  }
  return names.length > 0 ? t.importColours.examples(names.join(' · ')) : ''
}
