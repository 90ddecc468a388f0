import { formatDutchDate } from '../../domain/dates'
import type { Report } from '../../domain/report/build-report'
import { scopeName } from '../../domain/report/scope'
import { useT } from '../../i18n'

/** What the report is about: the first thing on paper too. */
export function ReportHeader({ report }: { report: Report }) {
  const t = useT()
  const r = t.report
  const items: [string, string][] = [
    [r.meta.provider, report.providerName || t.common.none],
    [r.meta.scope, scopeName(report.scope, r.scopeAll)],
    [r.meta.period, r.periodText(report.period.start, report.period.end)],
    [r.meta.peildatum, formatDutchDate(report.period.end)],
    [r.meta.previous, formatDutchDate(report.previousPeildatum)],
    [r.meta.made, r.madeText(report.createdAt)],
  ]
  return (
    <header className="report-header">
      <p className="report-header__title">
        {r.headingLine(report.providerName, scopeName(report.scope, r.scopeAll))}
        {report.period.provisional && (
          <span className="report-header__provisional"> — {r.provisional}</span>
        )}
      </p>
      <dl className="report-meta">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.period.provisional && (
        <p className="notice-inline report-header__note">{r.provisionalNote}</p>
      )}
    </header>
  )
}
