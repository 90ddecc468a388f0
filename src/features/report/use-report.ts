import { useEffect, useRef, useState } from 'react'
import type { BoardData } from '../../db/board-store'
import { reportHistory } from '../../db/report-repo'
import { buildReport, type Report } from '../../domain/report/build-report'
import type { ReportPeriod } from '../../domain/report/periods'
import type { ReportScope } from '../../domain/report/scope'
import type { AuditEntry, Settings } from '../../domain/types'
import { useBoardData } from '../../hooks/use-board-data'

export type ReportState =
  { status: 'loading' } | { status: 'ready'; report: Report } | { status: 'error' }

interface HistoryCache {
  previousEnd: string
  data: BoardData
  settings: Settings
  history: AuditEntry[]
}

/**
 * The report for one period and scope, kept up to date. Today's youths come from the board's
 * memory (no re-reading 50,000 records); only the audit entries since the previous peildatum
 * are read. They are read after the board snapshot, so they hold at least every change it
 * shows; extra newer entries are harmless, because undoing restores full earlier values.
 * Switching scope reuses the entries read for the same data.
 */
export function useReport(
  settings: Settings,
  period: ReportPeriod,
  previous: ReportPeriod,
  scope: ReportScope,
): ReportState {
  const data = useBoardData()
  const [state, setState] = useState<ReportState>({ status: 'loading' })
  const cache = useRef<HistoryCache | null>(null)
  const loaded = data.progress === null
  useEffect(() => {
    if (!loaded) return
    let cancelled = false
    const started = performance.now()
    const cached = cache.current
    const history =
      cached?.previousEnd === previous.end && cached.data === data && cached.settings === settings
        ? Promise.resolve(cached.history)
        : reportHistory(previous).then((entries) => {
            cache.current = { previousEnd: previous.end, data, settings, history: entries }
            return entries
          })
    history
      .then((entries) => {
        if (cancelled) return
        const read = performance.now()
        const report = buildReport({
          current: { youths: data.youths, assessments: data.assessments, settings },
          history: entries,
          period,
          previous,
          scope,
          createdAt: new Date().toISOString(),
        })
        // Named timings for the benchmark (issue 7) and the browser's performance panel.
        performance.measure('report:history', { start: started, end: read })
        performance.measure('report:build', { start: read, end: performance.now() })
        setState({ status: 'ready', report })
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'error' })
      })
    return () => {
      cancelled = true
    }
  }, [loaded, data, settings, period, previous, scope])
  return loaded ? state : { status: 'loading' }
}
