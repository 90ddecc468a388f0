import { useEffect, useMemo, useRef, useState } from 'react'
import { SelectField } from '../../../components/field'
import {
  BottlenecksSection,
  KeyFiguresSection,
  StoplightSection,
} from '../../../components/report/figure-sections'
import { ReportHeader } from '../../../components/report/report-header'
import { ReportSection } from '../../../components/report/report-section'
import { ReportTable } from '../../../components/report/report-table'
import { YouthListSection } from '../../../components/report/youth-list-section'
import { reportFromExchangeFile } from '../../../domain/exchange/exchange-report'
import type { ProviderRow, StoredExchangeFile } from '../../../domain/municipal'
import type { Settings } from '../../../domain/types'
import { scopeText } from '../../../tables/municipal/municipal-labels'
import { buildTables } from '../../../tables/report/report-tables'
import { useSettings } from '../../../hooks/use-settings'
import { useT } from '../../../i18n'
import './providers.css'

interface ProviderReportProps {
  row: ProviderRow
  /** The stored records behind the row's files (file name, loaded at). */
  stored: ReadonlyMap<string, StoredExchangeFile>
  onBack: () => void
}

/**
 * A provider's full report for the period of its file, with the Rapportage's own components.
 * Every figure is read from the file; nothing is worked out again.
 */
export function ProviderReport({ row, stored, onBack }: ProviderReportProps) {
  const t = useT()
  const r = t.municipal.providerReport
  const settings = useSettings()
  const [chosen, setChosen] = useState(row.files[0]?.key ?? '')
  const file = row.files.find((f) => f.key === chosen) ?? row.files[0]
  const heading = useRef<HTMLHeadingElement>(null)

  // Opening a report moves focus to its title; Terug returns to the table.
  useEffect(() => heading.current?.focus(), [])

  return (
    <div className="municipal-provider-report">
      <button type="button" className="button button--small municipal-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {r.back}
      </button>
      <h2 ref={heading} tabIndex={-1} className="municipal-provider-report__title">
        {r.title(row.providerName)}
      </h2>
      {row.files.length > 1 && (
        <div className="municipal-provider-report__files">
          <SelectField
            label={t.municipalExport.columns.area}
            value={file?.key ?? ''}
            options={row.files.map((f) => ({ value: f.key, label: scopeText(f.file.scope, t) }))}
            onChange={setChosen}
          />
        </div>
      )}
      {file && settings && (
        <FileReport record={stored.get(file.key)} file={file.file} settings={settings} />
      )}
    </div>
  )
}

function FileReport({
  record,
  file,
  settings,
}: {
  record: StoredExchangeFile | undefined
  file: StoredExchangeFile['file']
  settings: Settings
}) {
  const t = useT()
  const r = t.municipal.providerReport
  const report = useMemo(() => reportFromExchangeFile(file, settings), [file, settings])
  const tables = useMemo(() => buildTables(report, t, { includeNames: false }), [report, t])
  return (
    <article className="report" aria-label={r.title(report.providerName)}>
      {record && (
        <p className="municipal-provider-report__source">
          {r.source(record.fileName, t.report.madeText(record.loadedAt))}
        </p>
      )}
      <ReportHeader report={report} />
      <KeyFiguresSection report={report} tables={tables} />
      <StoplightSection report={report} tables={tables} />
      <BottlenecksSection report={report} tables={tables} />
      <ReportSection id="achttien" number={4} title={t.report.sections.eighteenPlus}>
        <ReportTable table={tables.eighteenWindows} wide />
        <p className="report-lead">{r.eighteenNote}</p>
      </ReportSection>
      <YouthListSection tables={tables} />
      <ReportSection id="signalen" number={6} title={r.signals}>
        {file.signals.trim() === '' ? (
          <p className="report-lead">{r.noSignals}</p>
        ) : (
          <p className="municipal-signal__text">{file.signals.trim()}</p>
        )}
      </ReportSection>
      <ReportSection id="toelichting" number={7} title={t.report.sections.explanation}>
        <ReportTable table={tables.about} />
        <ReportTable table={tables.definitions} />
      </ReportSection>
    </article>
  )
}
