import type { AuditEntry, IsoDate, IsoTimestamp, PreconditionDef, Settings } from '../types'
import { bottlenecks, type Bottlenecks } from './bottlenecks'
import { eighteenPlus, type EighteenPlus } from './eighteen-plus'
import { exchangeParts, type ExchangeParts } from './exchange-parts'
import { keyFigures, type KeyFigures } from './key-figures'
import { afterPeildatum, type ReportPeriod } from './periods'
import { revertSince, type HistoricState } from './point-in-time'
import type { ReportScope } from './scope'
import { stoplight, type Stoplight } from './stoplight'
import { youthRows, type ReportYouthRow } from './youth-rows'
import { stateOnDate } from './youth-state'

export interface ReportRequest {
  /** Today's youths, assessments and settings. */
  current: HistoricState
  /** Every audit entry since the end of the previous peildatum, newest first. */
  history: readonly AuditEntry[]
  period: ReportPeriod
  previous: ReportPeriod
  scope: ReportScope
  createdAt: IsoTimestamp
}

/** The zeswekelijkse rapportage: every figure as of the peildatum (the period's end). */
export interface Report {
  period: ReportPeriod
  previousPeildatum: IsoDate
  scope: ReportScope
  providerName: string
  createdAt: IsoTimestamp
  /** Preconditions in use on the peildatum, with today's names (renames never break reports). */
  preconditions: PreconditionDef[]
  /** Settings that applied on the peildatum (rules such as the Toekomstplan 18+ age). */
  settings: Settings
  keyFigures: KeyFigures
  stoplight: Stoplight
  bottlenecks: Bottlenecks
  eighteenPlus: EighteenPlus
  /** Jongerenlijst, red first. */
  youths: ReportYouthRow[]
  /**
   * What only the uitwisselbestand (version 2) carries; absent in a report read back from a
   * file, which is never written out again.
   */
  exchange?: ExchangeParts
}

/** Index of the first entry older than `since` in a newest-first list. */
function firstBefore(newestFirst: readonly AuditEntry[], since: IsoTimestamp): number {
  let lo = 0
  let hi = newestFirst.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((newestFirst[mid] as AuditEntry).at >= since) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Works out the whole report. The state on the peildatum is today's state with every later
 * change undone from the audit log; the comparison is the same at the previous peildatum.
 * Linear in the number of youths plus the number of audit entries since the previous peildatum.
 */
export function buildReport(request: ReportRequest): Report {
  const { current, history, period, previous, scope } = request
  const afterEnd = afterPeildatum(period.end)
  const atEnd = revertSince(current, history, afterEnd)
  const atPrevious = revertSince(
    atEnd,
    history.slice(firstBefore(history, afterEnd)),
    afterPeildatum(previous.end),
  )
  const onEnd = stateOnDate(atEnd, period.end, scope)
  const onPrevious = stateOnDate(atPrevious, previous.end, scope)
  const named = new Map(current.settings.preconditions.map((p) => [p.id, p]))
  const youths = youthRows(onEnd, onPrevious, atEnd.settings)
  const overdue = new Map(youths.map((row) => [row.youthId, row.daysOverdue]))
  return {
    period,
    previousPeildatum: previous.end,
    scope,
    providerName: current.settings.providerName,
    createdAt: request.createdAt,
    preconditions: onEnd.preconditionIds.map((id) => {
      const then = atEnd.settings.preconditions.find((p) => p.id === id) as PreconditionDef
      const now = named.get(id)
      return now ? { ...then, name: now.name, criteria: now.criteria } : then
    }),
    settings: atEnd.settings,
    keyFigures: keyFigures(atEnd, onEnd, onPrevious, period, scope),
    stoplight: stoplight(onEnd, onPrevious),
    bottlenecks: bottlenecks(onEnd, period.end),
    eighteenPlus: eighteenPlus(onEnd, period.end),
    youths,
    exchange: exchangeParts(atEnd, onEnd, onPrevious, overdue, period, scope),
  }
}
