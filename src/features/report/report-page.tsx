import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState, type ReactNode } from 'react'
import { getReportNote } from '../../db/report-repo'
import type { Report } from '../../domain/report/build-report'
import { defaultPeriod, previousPeriod, selectablePeriods } from '../../domain/report/periods'
import {
  ALL_SCOPE,
  parseScopeKey,
  scopeChoices,
  scopeKey,
  type ReportScope,
} from '../../domain/report/scope'
import type { Settings } from '../../domain/types'
import { useBoardData } from '../../hooks/use-board-data'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import {
  BottlenecksSection,
  EighteenPlusSection,
  ExplanationSection,
  KeyFiguresSection,
  StoplightSection,
} from '../../components/report/figure-sections'
import { ReportActions } from './report-actions'
import { ReportControls } from './report-controls'
import { ReportHeader } from '../../components/report/report-header'
import { buildTables } from '../../tables/report/report-tables'
import { useReportView } from './report-view-store'
import { SignalsSection } from './signals-section'
import { useReport } from './use-report'
import { useReportExport } from './use-report-export'
import { YouthListSection } from '../../components/report/youth-list-section'

/**
 * Rapportage: the zeswekelijkse rapportage per gemeente, on screen, on paper and as files, and
 * below it what the app shell adds (`children`).
 */
export function ReportPage({ children }: { children?: ReactNode }) {
  const t = useT()
  const settings = useSettings()
  return (
    <div className="page page--report">
      <div className="page__header report-page-header">
        <div>
          <h1 className="page__title">{t.report.title}</h1>
          <p className="page__intro">{t.report.intro}</p>
        </div>
      </div>
      {settings ? <ReportScreen settings={settings} /> : <p>{t.common.loading}</p>}
      {/* Sections other features add (Afspraken met gemeenten), composed by the app shell. */}
      {children}
    </div>
  )
}

function ReportScreen({ settings }: { settings: Settings }) {
  const today = useToday()
  const periods = useMemo(() => selectablePeriods(settings, today), [settings, today])
  const [chosen, setChosen] = useState<number | null>(null)
  const period = periods.find((p) => p.index === chosen) ?? defaultPeriod(periods)
  const previous = useMemo(() => previousPeriod(period, settings, today), [period, settings, today])

  const data = useBoardData()
  const choices = useMemo(() => scopeChoices(data.youths.values()), [data.youths])
  const { scopeKey: storedKey, setScopeKey } = useReportView()
  const scope = useMemo<ReportScope>(() => {
    const parsed = parseScopeKey(storedKey)
    if (parsed?.kind === 'gemeente' && choices.municipalities.some((m) => m.code === parsed.code))
      return parsed
    if (parsed?.kind === 'regio' && choices.regions.includes(parsed.name)) return parsed
    return ALL_SCOPE
  }, [storedKey, choices])
  const [includeNames, setIncludeNames] = useState(false)

  const state = useReport(settings, period, previous, scope)
  const note = useLiveQuery(() => getReportNote(period.end, scope), [period.end, scope])
  const signals = note?.text ?? ''

  return (
    <>
      <ReportControls
        periods={periods}
        periodIndex={period.index}
        onPeriod={setChosen}
        scopeKey={scopeKey(scope)}
        municipalities={choices.municipalities}
        regions={choices.regions}
        onScope={setScopeKey}
        includeNames={includeNames}
        onIncludeNames={setIncludeNames}
      />
      <ReportBody
        state={state}
        includeNames={includeNames}
        signals={signals}
        signalsKey={`${period.end}|${scopeKey(scope)}`}
      />
    </>
  )
}

function ReportBody({
  state,
  includeNames,
  signals,
  signalsKey,
}: {
  state: ReturnType<typeof useReport>
  includeNames: boolean
  signals: string
  signalsKey: string
}) {
  const t = useT()
  // A report still being worked out for another choice is not shown with this choice's signals.
  const ready = state.status === 'ready' ? state.report : null
  const report =
    ready && `${ready.period.end}|${scopeKey(ready.scope)}` === signalsKey ? ready : null
  const tables = useMemo(
    () => (report ? buildTables(report, t, { includeNames }) : null),
    [report, t, includeNames],
  )
  const exporter = useReportExport()

  if (state.status === 'error') {
    return (
      <p className="error-summary" role="alert">
        {t.common.unknownError}
      </p>
    )
  }
  return (
    <>
      <ReportActions
        busy={exporter.busy}
        result={exporter.result}
        disabled={!report || !tables}
        onExport={(kind) => {
          if (report && tables) void exporter.run(kind, { report, tables, signals, includeNames })
        }}
      />
      {!report || !tables ? (
        <p role="status">{t.report.calculating}</p>
      ) : (
        <ReportDocument report={report} tables={tables} signals={signals} signalsKey={signalsKey} />
      )}
    </>
  )
}

function ReportDocument({
  report,
  tables,
  signals,
  signalsKey,
}: {
  report: Report
  tables: ReturnType<typeof buildTables>
  signals: string
  signalsKey: string
}) {
  const t = useT()
  return (
    <article className="report" aria-label={t.report.reportTitle}>
      <ReportHeader report={report} />
      {report.keyFigures.placed === 0 && <p className="notice-inline">{t.report.noYouths}</p>}
      <KeyFiguresSection report={report} tables={tables} />
      <StoplightSection report={report} tables={tables} />
      <BottlenecksSection report={report} tables={tables} />
      <EighteenPlusSection report={report} tables={tables} />
      <YouthListSection tables={tables} />
      <SignalsSection
        key={signalsKey}
        periodEnd={report.period.end}
        scope={report.scope}
        stored={signals}
      />
      <ExplanationSection report={report} tables={tables} />
    </article>
  )
}
