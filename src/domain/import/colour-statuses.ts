import type { Status } from '../types'
import { isStatusTarget } from './auto-map'
import { hueStatus, isBackground, type ColourMeaning } from './cell-colour'
import { cellText } from './cell-values'
import type { ContentMatch } from './content-match'
import type { Legend } from './legend'
import type { StatusOfText } from './legend'
import type { ColumnMapping, SourceRow, SourceTable } from './types'

/**
 * What each colour in a status column means: the sheet's legend first, then the user's answer
 * ("Deze kleur betekent: …"), then the hue (red, orange to yellow, green). White is no colour.
 * Undefined: nobody has said yet, so the user is asked.
 */
export type ColourMeaningOf = (colour: string) => ColourMeaning | undefined

export type ColourAnswers = Readonly<Record<string, ColourMeaning>>

export function colourMeanings(
  legend: Legend | null,
  answers: ColourAnswers = {},
): ColourMeaningOf {
  return (colour) => {
    if (isBackground(colour)) return 'none'
    return legend?.meanings.get(colour) ?? answers[colour] ?? hueStatus(colour) ?? undefined
  }
}

const statusColumns = (mapping: ColumnMapping) =>
  mapping.flatMap((target, column) => (target !== null && isStatusTarget(target) ? [column] : []))

/** A coloured cell with no text: its colour is its status. */
const colourOnly = (row: SourceRow, column: number) => {
  const fill = row.fills?.[column]
  return fill && cellText(row.cells[column]) === '' ? fill : null
}

export interface UnknownColour {
  colour: string
  /** Cells of the status columns with this colour and no text. */
  count: number
  /** The first such cell, to show the user where it is. */
  rowNumber: number
  column: string
  /** The legend's word for it, when the legend names no status. */
  legendWord?: string
}

/** The colours in the mapped status columns that nobody has given a meaning: ask once each. */
export function unknownColours(
  table: SourceTable,
  mapping: ColumnMapping,
  meaningOf: ColourMeaningOf,
  legend: Legend | null,
): UnknownColour[] {
  const columns = statusColumns(mapping)
  const found = new Map<string, UnknownColour>()
  if (columns.length === 0) return []
  for (const row of table.rows) {
    if (!row.fills) continue
    for (const column of columns) {
      const colour = colourOnly(row, column)
      if (!colour || meaningOf(colour) !== undefined) continue
      const known = found.get(colour)
      if (known) known.count++
      else {
        const word = legend?.words.get(colour)
        found.set(colour, {
          colour,
          count: 1,
          rowNumber: row.rowNumber,
          column: table.headers[column] ?? '',
          ...(word ? { legendWord: word } : {}),
        })
      }
    }
  }
  return [...found.values()]
}

/** Values looked at per column, as for the other content rules. */
const SAMPLE = 200
const NEARLY_ALL = 0.9
const MIN_CELLS = 3

/**
 * The content rule for stoplight columns: (nearly) every cell has a fill and no text, and most
 * fills are colours with a status (by hue or by the legend). A highlighted column of remarks
 * has text; a banded empty column is grey.
 */
export function recogniseColourColumns(
  table: SourceTable,
  meaningOf: ColourMeaningOf,
): (ContentMatch | null)[] {
  const rows = table.rows.filter((r) => r.fills).slice(0, SAMPLE)
  return table.headers.map((_, column) => {
    let coloured = 0
    let statuses = 0
    let texts = 0
    for (const row of rows) {
      const colour = colourOnly(row, column)
      if (colour && !isBackground(colour)) {
        coloured++
        const meaning = meaningOf(colour)
        if (meaning && meaning !== 'none') statuses++
      } else if (cellText(row.cells[column]) !== '') texts++
    }
    const fits =
      coloured >= MIN_CELLS &&
      coloured / (coloured + texts) >= NEARLY_ALL &&
      statuses * 2 >= coloured
    return fits ? { target: 'status', reason: 'statusColours' } : null
  })
}

/** The content of each column from its values, or else from its colours. */
export function withColourColumns(
  content: readonly (ContentMatch | null)[],
  colours: readonly (ContentMatch | null)[],
): (ContentMatch | null)[] {
  return content.map((match, column) => match ?? colours[column] ?? null)
}

export interface ColourDisagreement {
  rowNumber: number
  column: string
  /** The status the cell's text gives: this one is imported. */
  text: Status
  /** The status its colour would give. */
  colour: Status
}

/** Where the statuses of the list came from, for the preview. */
export interface ColourReport {
  /** Per status column that took any status from a colour: how many. */
  fromColour: { column: string; count: number }[]
  /** Cells whose text and colour say different statuses: the text wins. */
  disagreements: ColourDisagreement[]
}

export function colourReport(
  rows: readonly SourceRow[],
  headers: readonly string[],
  mapping: ColumnMapping,
  meaningOf: ColourMeaningOf,
  statusOf: StatusOfText,
): ColourReport {
  const report: ColourReport = { fromColour: [], disagreements: [] }
  for (const column of statusColumns(mapping)) {
    let count = 0
    const title = headers[column] ?? ''
    for (const row of rows) {
      const fill = row.fills?.[column]
      if (!fill) continue
      const meaning = meaningOf(fill)
      if (!meaning || meaning === 'none') continue
      const text = cellText(row.cells[column])
      if (text === '') {
        count++
        continue
      }
      const said = text === '?' ? 'onbekend' : statusOf(text)
      if (said && said !== meaning) {
        report.disagreements.push({
          rowNumber: row.rowNumber,
          column: title,
          text: said,
          colour: meaning,
        })
      }
    }
    if (count > 0) report.fromColour.push({ column: title, count })
  }
  return report
}
