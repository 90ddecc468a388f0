import type { BoardRow } from './board-row'
import type { BoardFilters } from './board-view-store'

/** Whether a row passes the board's filters; `status` tells whether the totaalstatus one counts. */
export interface BoardRowFilter {
  /** Every filter except the totaalstatus one (the colour counts ignore that one). */
  others: (row: BoardRow) => boolean
  /** Every filter. */
  all: (row: BoardRow) => boolean
}

/** Search words: every word typed must occur somewhere in the row's search text. */
export function searchWords(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * The filters as one predicate per row. An empty value means "Alle"; the search matches
 * lower-cased words against the row's search text.
 */
export function boardRowFilter(filters: BoardFilters): BoardRowFilter {
  const { municipality, location, livingArrangement, totalStatus, signal } = filters
  const words = searchWords(filters.search)
  const others = (row: BoardRow) =>
    (municipality === '' || row.municipalityName === municipality) &&
    (location === '' || row.youth.location === location) &&
    (livingArrangement === '' || row.youth.livingArrangement === livingArrangement) &&
    (signal === '' || row.signals.includes(signal)) &&
    words.every((word) => row.searchText.includes(word))
  return {
    others,
    all: totalStatus === '' ? others : (row) => row.totalStatus === totalStatus && others(row),
  }
}
