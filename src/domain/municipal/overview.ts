import type { IsoDate } from '../types'
import { agreementsForRonde, type RondeAgreement } from './agreements'
import { moneyFigures, type MoneyFigures } from './money'
import { providerRows, type ProviderRow } from './per-provider'
import { redStreaks } from './red-streaks'
import { rondeChange, type RondeChange } from './ronde-change'
import { inflowAge, type InflowAge } from './inflow-age'
import { stuckFigures, type StuckFigures } from './stuck-figures'
import { selectRonde, type MissingProvider, type RondeSelection } from './ronde-files'
import { defaultRonde, rondeAfter, rondeDates, rondeWindowStart } from './rondes'
import { rowFigures, type RowFigures } from './row-figures'
import { selectProviders, type SelectedProvider } from './selected'
import { signalEntries, type SignalEntry } from './signals'
import { summaryFigures, type SummaryFigures } from './summary-figures'
import { trend, type Trend } from './trend'
import type { Agreement, DailyTariffs, Figure, LoadedFile, RondeSettings, Selection } from './types'
import { youthList, type OverviewYouth } from './youth-list'

/** The trend and "rood sinds N rondes" look back this many rondes, the selected one included. */
export const TREND_RONDES = 12

export interface MunicipalOverviewInput {
  files: readonly LoadedFile[]
  /** The ronde to show; null: the latest ronde that has files. */
  rondeDate: IsoDate | null
  settings: RondeSettings & { dailyTariffs: DailyTariffs }
  selection: Selection
  agreements: readonly Agreement[]
  today: IsoDate
}

export interface RondeInfo {
  date: IsoDate
  /** First day of the window; peildata from here up to the ronde date count. */
  windowStart: IsoDate
  /** The ronde date lies after today: providers may still deliver. */
  provisional: boolean
}

/** Everything the Gemeente-overzicht screens show for one ronde and selection. */
export interface MunicipalOverview {
  /** Every ronde of the loaded files, oldest first. */
  rondes: IsoDate[]
  /** Null when no file is loaded. */
  ronde: RondeInfo | null
  selection: Selection
  providers: SelectedProvider[]
  /** Providers that delivered before but not in this ronde. */
  missing: MissingProvider[]
  figures: RowFigures
  summary: SummaryFigures
  /** Since the previous ronde, the same providers only; null for the first ronde. */
  change: RondeChange | null
  /** Null when no daily tariff is entered. */
  money: MoneyFigures | null
  /** The daily tariffs the costs were worked out with (Jongeren prices each youth with them). */
  dailyTariffs: DailyTariffs
  /** Klaar maar vast and placed per verblijfsvorm. */
  stuck: StuckFigures
  /** Average age at instroom (version 2 files only). */
  inflowAge: Figure<InflowAge>
  perProvider: ProviderRow[]
  youths: OverviewYouth[]
  trend: Trend
  signals: SignalEntry[]
  agreements: RondeAgreement[]
}

/**
 * The rondes that the trend looks at: up to TREND_RONDES ending with the selected one, not
 * before the first ronde of the loaded files.
 */
function trendRondes(rondeDate: IsoDate, first: IsoDate | undefined, settings: RondeSettings) {
  const dates: IsoDate[] = []
  for (let back = TREND_RONDES - 1; back >= 0; back--) {
    const date = rondeAfter(rondeDate, -back, settings)
    if (back === 0 || first === undefined || date >= first) dates.push(date)
  }
  return dates
}

/**
 * Works out the whole Gemeente-overzicht. Work is linear in the rows of the selected ronde
 * plus the rows of the eleven rondes before it (trend and red streaks); files are only
 * grouped, never copied.
 */
export function buildMunicipalOverview(input: MunicipalOverviewInput): MunicipalOverview {
  const { files, settings, selection, today } = input
  const peildata = files.map((f) => f.peildatum)
  const rondes = rondeDates(peildata, settings)
  const date = input.rondeDate ?? defaultRonde(peildata, settings) ?? rondes.at(-1) ?? null
  const history: RondeSelection[] =
    date === null
      ? []
      : trendRondes(date, rondes[0], settings).map((d) => selectRonde(files, d, settings))
  const current = history.at(-1)
  const selected = current ? selectProviders(current, selection) : { providers: [], missing: [] }
  const previous = history.length > 1 ? (history.at(-2) as RondeSelection) : null
  return {
    rondes,
    ronde:
      date === null
        ? null
        : { date, windowStart: rondeWindowStart(date, settings), provisional: date > today },
    selection,
    providers: selected.providers,
    missing: selected.missing,
    figures: rowFigures(selected.providers),
    summary: summaryFigures(selected.providers, selection),
    change: rondeChange(
      selected,
      previous && selectProviders(previous, selection),
      previous?.rondeDate ?? null,
      selection,
      settings.dailyTariffs,
    ),
    money: moneyFigures(selected.providers, settings.dailyTariffs, selection),
    dailyTariffs: settings.dailyTariffs,
    stuck: stuckFigures(selected.providers),
    inflowAge: inflowAge(selected.providers, selection),
    perProvider: providerRows(selected.providers),
    youths: youthList(selected.providers, redStreaks(history)),
    trend: trend(history, selection, settings.dailyTariffs),
    signals: signalEntries(selected.providers),
    agreements: date === null ? [] : agreementsForRonde(input.agreements, date, today),
  }
}
