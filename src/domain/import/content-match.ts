import { findMunicipality } from '../municipalities'
import type { IsoDate } from '../types'
import { cellDate, cellText, createWordMatcher } from './cell-values'
import type { CellValue, ImportTarget, SourceRow, SourceTable } from './types'
import { LIVING_ARRANGEMENT_WORDS, STATUS_WORDS } from './vocabulary'

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
  | 'birthDates'
  | 'placementDates'
  | 'futureDates'
  | 'freeText'
  /** Cells with a status colour and no text (colour-statuses.ts). */
  | 'statusColours'

export interface ContentMatch {
  /** The field, or `status` for statuses of a randvoorwaarde the title (or user) must name. */
  target: ImportTarget | 'status'
  reason: ContentReason
}

/** Values looked at per column. */
export const SAMPLE = 200
/** Share of the values that must fit a rule. */
const NEARLY_ALL = 0.9
/** Fewer values than this say too little to go on. */
const MIN_VALUES = 3
/** A birth date lies this many years back at most (the oldest youth in care is 23). */
const OLDEST_YEARS = 24
/** Birth dates lie mostly further back than this; placement dates mostly within it. */
const CHILDHOOD_YEARS = 5
/** Free text: this many characters on average, and words. */
const FREE_TEXT_LENGTH = 25

const isStatus = createWordMatcher(STATUS_WORDS)
const isLivingArrangement = createWordMatcher(LIVING_ARRANGEMENT_WORDS)

/** Excel serial numbers of 1950 and 2100: numbers outside are no dates a list would hold. */
const SERIAL_MIN = 18_264
const SERIAL_MAX = 73_051

/**
 * The first values of a column, from rows that fill at least half of the columns: heading
 * rows, totals and signatures (one or two cells) would otherwise drown a short list.
 */
function sampleOf(column: number, rows: readonly SourceRow[]): CellValue[] {
  const values: CellValue[] = []
  for (const row of rows) {
    const cell = row.cells[column]
    if (cell === null || cell === undefined || cellText(cell) === '') continue
    values.push(cell)
    if (values.length === SAMPLE) break
  }
  return values
}

/** The first SAMPLE rows that look like rows of the list (see `sampleOf`). */
function listRows(table: SourceTable): SourceRow[] {
  const half = Math.ceil(table.headers.length / 2)
  const rows: SourceRow[] = []
  for (const row of table.rows) {
    // A coloured cell without text is filled too: stoplight lists hold their statuses so.
    const filled = row.cells.filter(
      (c, i) => (c !== null && c !== undefined && cellText(c) !== '') || row.fills?.[i],
    ).length
    if (filled < half) continue
    rows.push(row)
    if (rows.length === SAMPLE) break
  }
  return rows
}

const share = <T>(values: readonly T[], test: (value: T) => boolean) =>
  values.filter(test).length / values.length

const yearsBetween = (from: IsoDate, to: IsoDate) =>
  (Date.parse(to) - Date.parse(from)) / (365.25 * 24 * 3600 * 1000)

function dateOf(cell: CellValue, reference: Date): IsoDate | null {
  // Digits alone are numbers (cliëntnummers, counts) unless they are a plausible serial date.
  const number = typeof cell === 'string' && /^\d+$/.test(cell.trim()) ? Number(cell) : cell
  if (typeof number === 'number' && (number < SERIAL_MIN || number > SERIAL_MAX)) return null
  return cellDate(number, reference)
}

function datesReason(dates: readonly IsoDate[], today: IsoDate): ContentReason | null {
  const ages = dates.map((d) => yearsBetween(d, today)).sort((a, b) => a - b)
  const past = ages.filter((a) => a >= 0).length / ages.length
  const median = ages[Math.floor(ages.length / 2)] ?? 0
  if (past < 0.5) return 'futureDates'
  if (past < NEARLY_ALL) return null
  const young = ages.every((a) => a >= 0 && a <= OLDEST_YEARS)
  if (young && median >= CHILDHOOD_YEARS) return 'birthDates'
  if (median < CHILDHOOD_YEARS) return 'placementDates'
  return null
}

/** Short codes with a digit, all different: "HZ-501", "K0042", "100234" (not 1, 2, 3). */
function isCode(text: string): boolean {
  if (text.length < 2 || text.length > 20 || /\s/.test(text) || !/\d/.test(text)) return false
  return /[a-z]/i.test(text) || text.length >= 4
}

const CONTENT_TARGETS: Record<ContentReason, ContentMatch['target']> = {
  municipalities: 'municipalityCode',
  livingArrangements: 'livingArrangement',
  statuses: 'status',
  uniqueCodes: 'clientRef',
  birthDates: 'birthDate',
  placementDates: 'placementDate',
  futureDates: 'expectedOutflowDate',
  freeText: 'note',
  statusColours: 'status',
}

/** What the values of one column are, or null when no rule recognises them. */
export function recogniseContent(
  values: readonly CellValue[],
  today: IsoDate,
): ContentMatch | null {
  if (values.length < MIN_VALUES) return null
  const texts = values.map(cellText)
  const reference = new Date(`${today}T12:00:00Z`)
  const match = (reason: ContentReason): ContentMatch => ({
    target: CONTENT_TARGETS[reason],
    reason,
  })
  const dates = values.map((v) => dateOf(v, reference))
  if (dates.filter((d) => d !== null).length / values.length >= NEARLY_ALL) {
    const reason = datesReason(
      dates.filter((d): d is IsoDate => d !== null),
      today,
    )
    return reason ? match(reason) : null
  }
  // Bare numbers could be municipality codes, but as often row numbers or ages: not counted.
  const municipality = (t: string) => !/^\d+$/.test(t) && findMunicipality(t) !== undefined
  if (share(texts, municipality) >= NEARLY_ALL) return match('municipalities')
  if (share(texts, (t) => isLivingArrangement(t) !== undefined) >= NEARLY_ALL) {
    return match('livingArrangements')
  }
  if (share(texts, (t) => isStatus(t) !== undefined) >= NEARLY_ALL) return match('statuses')
  if (new Set(texts).size === texts.length && share(texts, isCode) >= NEARLY_ALL) {
    return match('uniqueCodes')
  }
  const length = texts.reduce((sum, t) => sum + t.length, 0) / texts.length
  if (length >= FREE_TEXT_LENGTH && share(texts, (t) => /\S\s+\S/.test(t)) >= NEARLY_ALL) {
    return match('freeText')
  }
  return null
}

/** `recogniseContent` for every column of a table. */
export function recogniseColumns(table: SourceTable, today: IsoDate): (ContentMatch | null)[] {
  const rows = listRows(table)
  return table.headers.map((_, column) => recogniseContent(sampleOf(column, rows), today))
}
