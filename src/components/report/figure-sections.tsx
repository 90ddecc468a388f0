import type { Report } from '../../domain/report/build-report'
import { shareOf } from '../../domain/report/format'
import { formatDutchDate } from '../../domain/dates'
import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { useT } from '../../i18n'
import { BarChart, StatusStackChart } from './charts'
import { ReportSection } from './report-section'
import { ReportTable, SHOWN_ROWS } from './report-table'
import { reportLabels } from '../../i18n/report-labels'
import { TABLE_NUMBERS, type ReportTables } from '../../domain/report/table-numbers'

interface SectionProps {
  report: Report
  tables: ReportTables
}

export function KeyFiguresSection({ report, tables }: SectionProps) {
  const t = useT()
  const r = t.report
  const bands = report.keyFigures.lengthOfStay.bands
  const placed = report.keyFigures.placed
  const bar = (label: string, value: number) => ({
    label,
    value,
    shown: `${r.numbers.count(value)} (${r.numbers.percent(shareOf(value, placed))})`,
  })
  return (
    <ReportSection id="kerncijfers" number={1} title={r.sections.keyFigures}>
      <div className="report-grid">
        <ReportTable table={tables.keyFigures} />
        <div>
          <ReportTable table={tables.stay} />
          <BarChart
            caption={r.figureTitle(1, r.figures.stay, TABLE_NUMBERS.stay)}
            bars={[
              bar(r.rows.under1, bands.under1),
              bar(r.rows.from1to2, bands.from1to2),
              bar(r.rows.over2, bands.over2),
            ]}
          />
        </div>
        <ReportTable table={tables.outflowDestination} />
        <ReportTable table={tables.outflowReason} />
      </div>
    </ReportSection>
  )
}

export function StoplightSection({ report, tables }: SectionProps) {
  const t = useT()
  const r = t.report
  const total = report.stoplight.total
  const now = { rood: 0, oranje: 0, onbekend: 0, groen: 0 }
  const before = { ...now }
  // A report read back from a file without the previous counts shows only the peildatum's bar.
  let previousKnown = true
  for (const s of TOTAL_STATUS_ORDER) {
    now[s] = total[s].count
    const previous = total[s].previous
    if (previous === null) previousKnown = false
    else before[s] = previous
  }
  return (
    <ReportSection id="stoplicht" number={2} title={r.sections.stoplight}>
      <p className="report-lead">
        {r.changeSentence(report.stoplight.change.beter, report.stoplight.change.slechter)}
      </p>
      <StatusStackChart
        caption={r.figureTitle(2, r.figures.totalStatus, TABLE_NUMBERS.totalStatus)}
        rows={[
          { label: formatDutchDate(report.period.end), counts: now },
          ...(previousKnown
            ? [{ label: formatDutchDate(report.previousPeildatum), counts: before }]
            : []),
        ]}
      />
      <div className="report-grid">
        <ReportTable table={tables.totalStatus} />
        <ReportTable table={tables.change} />
      </div>
      <ReportTable table={tables.perPrecondition} wide />
    </ReportSection>
  )
}

/** "14 jongeren rood op Wonen, 9 daarvan WON-2": the picture across cases at a glance. */
function bottleneckSentences(report: Report, t: ReturnType<typeof useT>): string[] {
  const labels = reportLabels(report, t)
  return report.bottlenecks.perPrecondition
    .filter((p) => p.rood > 0)
    .map((p) => {
      const top = [...p.codes].sort((a, b) => b.rood - a.rood)[0]
      const sentence = t.report.redSentence(p.rood, labels.precondition(p.preconditionId))
      return top && top.rood > 0
        ? `${sentence}, ${t.report.codeClause(top.rood, top.code)}`
        : sentence
    })
}

export function BottlenecksSection({ report, tables }: SectionProps) {
  const t = useT()
  const r = t.report
  const sentences = bottleneckSentences(report, t)
  const topCodes = report.bottlenecks.perCode.slice(0, 10)
  return (
    <ReportSection id="knelpunten" number={3} title={r.sections.bottlenecks}>
      {sentences.length === 0 ? (
        <p className="report-lead">{r.noRed}</p>
      ) : (
        <ul className="report-lead report-sentences">
          {sentences.map((s) => (
            <li key={s}>{s}.</li>
          ))}
        </ul>
      )}
      <ReportTable table={tables.perPreconditionCode} />
      <div className="report-grid">
        <ReportTable table={tables.perCode} />
        {topCodes.length > 0 && (
          <BarChart
            caption={r.figureTitle(3, r.figures.codes, TABLE_NUMBERS.perCode)}
            bars={topCodes.map((c) => ({
              label: c.code,
              value: c.youths,
              shown: r.numbers.count(c.youths),
            }))}
          />
        )}
      </div>
      <ReportTable table={tables.perOwner} />
    </ReportSection>
  )
}

export function EighteenPlusSection({ tables }: SectionProps) {
  const t = useT()
  return (
    <ReportSection id="achttien" number={4} title={t.report.sections.eighteenPlus}>
      <ReportTable table={tables.eighteenWindows} wide />
      <ReportTable table={tables.eighteenYouths} limit={SHOWN_ROWS} />
    </ReportSection>
  )
}

export function ExplanationSection({ tables }: SectionProps) {
  const t = useT()
  return (
    <ReportSection id="toelichting" number={7} title={t.report.sections.explanation}>
      <ReportTable table={tables.about} />
      <ReportTable table={tables.definitions} />
      <ReportTable table={tables.criteria} />
      <ReportTable table={tables.codes} />
    </ReportSection>
  )
}
