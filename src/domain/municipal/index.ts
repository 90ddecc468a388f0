// The Gemeente-overzicht's pure core (see README.md here). Screens, repositories and
// exports import from this file. The sample files generator lives with the other sample data
// (../sample-data/municipal) and is loaded on demand.
export {
  agreementsForRonde,
  agreementVisibleIn,
  closeAgreement,
  reopenAgreement,
} from './agreements'
export type { RondeAgreement } from './agreements'
export type { CodeFigure, OwnerFigure } from './bottleneck-figures'
export { fileKey, providerKey, scopeKey, toStoredFile, youthKey } from './identity'
export { hasTariffs, youthCosts } from './money'
export type { ArrangementCost, MoneyFigures, ProviderCost } from './money'
export { STUCK_KEYS, stuckOn } from './stuck-figures'
export type { StuckFigures, StuckKey, StuckLine, StuckProvider } from './stuck-figures'
export type { InflowAge } from './inflow-age'
export { buildMunicipalOverview, TREND_RONDES } from './overview'
export type { MunicipalOverview, MunicipalOverviewInput, RondeInfo } from './overview'
export type { ProviderRow } from './per-provider'
export type { PreconditionFigure } from './precondition-figures'
export { selectRonde } from './ronde-files'
export type { MissingProvider, RondeProvider, RondeSelection } from './ronde-files'
export {
  defaultRonde,
  rondeDates,
  rondeOnOrAfter,
  rondeOnOrBefore,
  rondeWindowStart,
} from './rondes'
export type { EighteenPlusFigure, LengthOfStayFigure, RowFigures } from './row-figures'
export { rowInSelection, scopesOverlap, scopeWithin } from './scope'
export { parseSelectionKey, selectionChoices } from './selection-choices'
export type { SelectionChoices } from './selection-choices'
export type { SelectedProvider } from './selected'
export type { SignalEntry } from './signals'
export type { EighteenPlus6Figure, SummaryFigures } from './summary-figures'
export type { ProviderTrend, ProviderTrendPoint, Trend, TrendChange, TrendPoint } from './trend'
export { difference } from './ronde-change'
export type { ComparedSide, ProviderOverlap, ProviderRef, RondeChange } from './ronde-change'
export * from './types'
export type { OverviewYouth } from './youth-list'
export { redStreakOf } from './red-streaks'
export type { RedStreaks } from './red-streaks'
export { firstDirection, sortProviderRows } from './provider-sort'
export type { ProviderSort, ProviderSortKey } from './provider-sort'
export {
  filterYouths,
  hasYouthFilters,
  municipalityOptions,
  NO_YOUTH_FILTERS,
  reasonCodeCounts,
} from './youth-filter'
export type { YouthFilters } from './youth-filter'
export {
  daysOverdueOf,
  isOverdue,
  shareOfTotal,
  turnsEighteenSoon,
  turnsEighteenWithoutPlan,
} from './youth-rules'
