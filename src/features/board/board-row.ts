import { municipalityName } from '../../domain/municipalities'
import type { YouthOverview } from '../../domain/youth-overview'

/** One board row: the derived overview plus what the table needs to show and search. */
export interface BoardRow extends YouthOverview {
  municipalityName: string
  /** Lower-cased text the search box matches against. */
  searchText: string
}

export function toBoardRow(overview: YouthOverview): BoardRow {
  const y = overview.youth
  const municipality = municipalityName(y.municipalityCode)
  return {
    ...overview,
    municipalityName: municipality,
    searchText: [y.clientRef, y.displayName, y.location, municipality, y.caseOwner]
      .join(' ')
      .toLowerCase(),
  }
}
