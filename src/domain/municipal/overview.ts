import type { IsoDate } from '../types'
import { agreementsForRonde, type RondeAgreement } from './agreements'
import { moneyFigures, type MoneyFigures } from './money'
import { providerRows, type ProviderRow } from './per-provider'
import { redStreaks } from './red-streaks'
import { rondeChange, type RondeChange } from './ronde-change'
import { inflowAge, type InflowAge } from './inflow-age'
import { stuckFigures, type StuckFigures } from './stuck-figures'
import { digestFile, type FileDigest } from './digest'
import { overviewPlan } from './overview-plan'
import type { MissingProvider } from './ronde-files'
import { rondeDigest, rondeWithRows } from './ronde-digests'
import { rondeWindowStart } from './rondes'
import { rowFigures, type RowFigures } from './row-figures'
import { selectProviders, type SelectedProvider } from './selected'
import { signalEntries, type SignalEntry } from './signals'
import { summaryFigures, type SummaryFigures } from './summary-figures'
import { trend, type Trend } from './trend'
import type { Agreement, DailyTariffs, Figure, LoadedFile, RondeSettings, Selection } from './types'
import { youthList, type OverviewYouth } from './youth-list'

export { TREND_RONDES } from './overview-plan'

export interface MunicipalOverviewInput {
  /**
   * Stored files with their rows: every file, or at least those `overviewPlan` names for this
   * ronde (the screen reads only those).
   */
  files: readonly LoadedFile[]
  /** Every stored file's digest; absent: made from `files`, which are then all of them. */
  digests?: readonly FileDigest[]
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
 * Works out the whole Gemeente-overzicht. Reads the rows of the selected ronde and the one
 * before it (the like-for-like change); the trend and red streaks of the other rondes come
 * from the files' digests (`overviewPlan` says which files are needed whole). Files are only
 * grouped, never copied.
 */
export function buildMunicipalOverview(input: MunicipalOverviewInput): MunicipalOverview {
  const { files, settings, selection, today } = input
  const digests = input.digests ?? files.map(digestFile)
  const { rondes, date, trendDates } = overviewPlan(digests, input.rondeDate, settings)
  const whole = new Map(files.map((f) => [f.key, f]))
  const history = trendDates.map((d) => rondeDigest(digests, d, settings, whole))
  const withRows = (d: IsoDate) =>
    selectProviders(rondeWithRows(digests, d, settings, whole), selection)
  const selected = date === null ? { providers: [], missing: [] } : withRows(date)
  const previousDate = trendDates.length > 1 ? (trendDates.at(-2) as IsoDate) : null
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
      previousDate === null ? null : withRows(previousDate),
      previousDate,
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
