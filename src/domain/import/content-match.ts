import { findMunicipality } from '../municipalities'
import type { IsoDate } from '../types'
import { cellText, createWordMatcher } from './cell-values'
import { classifyDateColumns, MIN_VALUES, NEARLY_ALL, type DateReason } from './content-dates'
import type { CellValue, ImportTarget, SourceRow, SourceTable } from './types'
import {
  DESTINATION_WORDS,
  LIVING_ARRANGEMENT_WORDS,
  MEASURE_WORDS,
  STATUS_WORDS,
} from './vocabulary'

/**
 * What a column holds, read from its values the way a person glances down it. Each rule names
 * the reason the screen shows ("alle waarden zijn gemeenten"). A rule speaks only when (nearly)
 * every value fits it; a column it does not recognise stays silent, which says nothing against
 * its title. Only the first values are looked at, so 50,000 rows cost what 200 do.
 */
export type ContentReason =
  | 'municipalities'
  | 'livingArrangements'
  | 'statuses'
  | 'uniqueCodes'
  | 'names'
  | 'birthDates'
  | 'placementDates'
  | 'futureDates'
  | 'freeText'

export interface ContentMatch {
  /** The field, or `status` for statuses of a randvoorwaarde the title (or user) must name. */
  target: ImportTarget | 'status'
  reason: ContentReason
  /**
   * Set when the dates were read from bare whole numbers (Excel serials): they may as well be
   * a numbering, and this is what they are then (unique codes, or nothing). Such dates confirm
   * a date title but contradict no other.
   */
  otherwise?: ContentMatch | null
}

/** Values looked at per column. */
export const SAMPLE = 200
/** Free text: this many characters on average, and words. */
const FREE_TEXT_LENGTH = 25
/** First names: most of them differ (a column of few repeated words is a group or a type). */
const MOSTLY_DIFFERENT = 0.7

const isStatus = createWordMatcher(STATUS_WORDS)
const isLivingArrangement = createWordMatcher(LIVING_ARRANGEMENT_WORDS)
const isOtherOption = createWordMatcher({ ...MEASURE_WORDS, ...DESTINATION_WORDS })

/** The first SAMPLE rows that look like rows of the list: they fill at least half the columns. */
function listRows(table: SourceTable): SourceRow[] {
  const half = Math.ceil(table.headers.length / 2)
  const rows: SourceRow[] = []
  for (const row of table.rows) {
    // Heading rows, totals and signatures (one or two cells) would drown a short list.
    if (row.cells.filter((c) => cellText(c) !== '').length < half) continue
    rows.push(row)
    if (rows.length === SAMPLE) break
  }
  return rows
}

const share = <T>(values: readonly T[], test: (value: T) => boolean) =>
  values.filter(test).length / values.length

/** Short codes with a digit, all different: "HZ-501", "K0042", "100234" (not 1, 2, 3). */
function isCode(text: string): boolean {
  if (text.length < 2 || text.length > 20 || /\s/.test(text) || !/\d/.test(text)) return false
  return /[a-z]/i.test(text) || text.length >= 4
}

/** "Zoë", "Anne-Marie", "Sem B." */
const FIRST_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?: \p{Lu}\.?)?$/u
/** "J.", "J.K.", "J. K.", "JK" */
const INITIALS = /^(?:\p{Lu}\.? ?){1,3}$/u

/** A first name or initials, as a roepnaam is kept; not a word the lists use for options. */
const isFirstName = (text: string) =>
  (FIRST_NAME.test(text) || INITIALS.test(text)) && isOtherOption(text) === undefined

const CONTENT_TARGETS: Record<ContentReason, ContentMatch['target']> = {
  municipalities: 'municipalityCode',
  livingArrangements: 'livingArrangement',
  statuses: 'status',
  uniqueCodes: 'clientRef',
  names: 'displayName',
  birthDates: 'birthDate',
  placementDates: 'placementDate',
  futureDates: 'expectedOutflowDate',
  freeText: 'note',
}

const matchOf = (reason: ContentReason | null | undefined): ContentMatch | null =>
  reason ? { target: CONTENT_TARGETS[reason], reason } : null

/** The rules for a column that holds no dates, on its filled values. */
function textReason(texts: readonly string[]): ContentReason | null {
  if (texts.length < MIN_VALUES) return null
  // Bare numbers could be municipality codes, but as often row numbers or ages: not counted.
  const municipality = (t: string) => !/^\d+$/.test(t) && findMunicipality(t) !== undefined
  if (share(texts, municipality) >= NEARLY_ALL) return 'municipalities'
  if (share(texts, (t) => isLivingArrangement(t) !== undefined) >= NEARLY_ALL) {
    return 'livingArrangements'
  }
  if (share(texts, (t) => isStatus(t) !== undefined) >= NEARLY_ALL) return 'statuses'
  const distinct = new Set(texts).size
  if (distinct === texts.length && share(texts, isCode) >= NEARLY_ALL) return 'uniqueCodes'
  if (distinct >= MOSTLY_DIFFERENT * texts.length && share(texts, isFirstName) >= NEARLY_ALL) {
    return 'names'
  }
  const length = texts.reduce((sum, t) => sum + t.length, 0) / texts.length
  if (length >= FREE_TEXT_LENGTH && share(texts, (t) => /\S\s+\S/.test(t)) >= NEARLY_ALL) {
    return 'freeText'
  }
  return null
}

/** The match for one column, given what the date rules made of it (undefined: no dates). */
function columnMatch(cells: readonly CellValue[], dates: DateReason | null | undefined) {
  const texts = cells.map(cellText).filter((t) => t !== '')
  if (dates === undefined) return matchOf(textReason(texts))
  const match = matchOf(dates)
  if (!texts.every((t) => /^\d+$/.test(t))) return match
  const otherwise = matchOf(textReason(texts))
  return match ? { ...match, otherwise } : otherwise
}

/** What the values of one column are, or null when no rule recognises them. */
export function recogniseContent(
  values: readonly CellValue[],
  today: IsoDate,
): ContentMatch | null {
  return columnMatch(values, classifyDateColumns([values], today)[0])
}

/**
 * `recogniseContent` for every column of a table, looking at the same list rows in every
 * column so that dates compare row by row (a birth date against the placement date).
 */
export function recogniseColumns(table: SourceTable, today: IsoDate): (ContentMatch | null)[] {
  const rows = listRows(table)
  const columns = table.headers.map((_, column) => rows.map((r) => r.cells[column] ?? null))
  const dates = classifyDateColumns(columns, today)
  return columns.map((cells, column) => columnMatch(cells, dates[column]))
}
