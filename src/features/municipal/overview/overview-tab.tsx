import { BarChart, StatusStackChart } from '../../../components/report/charts'
import { ReportSection } from '../../../components/report/report-section'
import { ReportTable } from '../../../components/report/report-table'
import type { MunicipalOverview } from '../../../domain/municipal'
import { codeLabel } from '../../../tables/municipal/municipal-labels'
import { MUNICIPAL_TABLE_NUMBERS } from '../../../tables/municipal/municipal-table-numbers'
import type { MunicipalTables } from '../../../tables/municipal/municipal-tables'
import { useT } from '../../../i18n'
import { KeyFigureTiles, OverdueTiles } from './key-figure-tiles'
import { MissingProviders } from './missing-providers'
import './overview.css'

interface TabProps {
  overview: MunicipalOverview
  tables: MunicipalTables
}

/** The most frequent knelpunten in words: "31 jongeren met WON-2 (…), bij 7 aanbieders". */
const SENTENCES = 5

function Stoplight({ overview, tables }: TabProps) {
  const t = useT()
  const o = t.municipal.overview
  // The previous ronde for the same providers (./change-basis.tsx): like with like.
  const change = overview.change
  const differs = change && change.onlyNow.length + change.onlyBefore.length > 0
  return (
    <ReportSection id="municipal-stoplight" number={2} title={o.stoplight}>
      <p className="report-lead">
        {t.report.changeSentence(overview.figures.change.beter, overview.figures.change.slechter)}
      </p>
      <StatusStackChart
        caption={t.report.figureTitle(1, o.stoplightFigure, MUNICIPAL_TABLE_NUMBERS.totalStatus)}
        rows={[
          { label: o.stoplightNow, counts: overview.figures.totalStatus },
          ...(change && differs
            ? [{ label: o.stoplightNowSame, counts: change.now.figures.totalStatus }]
            : []),
          ...(change
            ? [{ label: o.stoplightPrevious, counts: change.before.figures.totalStatus }]
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

function Bottlenecks({ overview, tables }: TabProps) {
  const t = useT()
  const o = t.municipal.overview
  const codes = overview.figures.reasonCodes
  const top = codes.slice(0, 10)
  return (
    <ReportSection id="municipal-bottlenecks" number={3} title={o.bottlenecks}>
      {codes.length === 0 ? (
        <p className="report-lead">{o.noCodes}</p>
      ) : (
        <ul className="report-sentences municipal-sentences">
          {codes.slice(0, SENTENCES).map((c) => (
            <li key={c.code}>
              {o.codeSentence(c.youths, c.code, codeLabel(c.code, t), c.providers)}.
            </li>
          ))}
        </ul>
      )}
      <div className="report-grid">
        <ReportTable table={tables.perCode} />
        {top.length > 0 && (
          <BarChart
            caption={t.report.figureTitle(
              2,
              t.report.figures.codes,
              MUNICIPAL_TABLE_NUMBERS.perCode,
            )}
            bars={top.map((c) => ({
              label: c.code,
              value: c.youths,
              shown: t.report.numbers.count(c.youths),
            }))}
          />
        )}
      </div>
    </ReportSection>
  )
}

function Owners({ tables }: TabProps) {
  const t = useT()
  return (
    <ReportSection id="municipal-owners" number={4} title={t.municipal.overview.owners}>
      <ReportTable table={tables.perOwner} />
    </ReportSection>
  )
}

/** Overzicht: kerncijfers, stoplicht, knelpunten, eigenaren, 18+, days too long, providers. */
export function OverviewTab({ overview, tables }: TabProps) {
  const t = useT()
  const o = t.municipal.overview
  return (
    <div className="report municipal-report">
      <MissingProviders missing={overview.missing} />
      <ReportSection id="municipal-key-figures" number={1} title={o.keyFigures}>
        <KeyFigureTiles overview={overview} />
        <ReportTable table={tables.keyFigures} wide />
        <div className="report-grid">
          <ReportTable table={tables.stay} />
          <ReportTable table={tables.outflowDestination} />
          <ReportTable table={tables.outflowReason} />
          <ReportTable table={tables.arrangements} />
        </div>
      </ReportSection>
      <Stoplight overview={overview} tables={tables} />
      <Bottlenecks overview={overview} tables={tables} />
      <Owners overview={overview} tables={tables} />
      <ReportSection id="municipal-eighteen" number={5} title={o.eighteen}>
        <ReportTable table={tables.eighteenPlus} wide />
      </ReportSection>
      <ReportSection id="municipal-overdue" number={6} title={o.overdue}>
        <OverdueTiles overview={overview} />
        <ReportTable table={tables.money} wide />
        <h3 className="municipal-subtitle">{t.municipalFigures.stuck.title}</h3>
        <p className="report-lead">
          {overview.stuck.total.overdue === 0
            ? t.municipalFigures.stuck.empty
            : t.municipalFigures.stuck.intro}
        </p>
        {overview.stuck.total.overdue > 0 && <ReportTable table={tables.stuck} wide />}
      </ReportSection>
      <ReportSection id="municipal-providers" number={7} title={o.providersTitle}>
        <ReportTable table={tables.providers} />
      </ReportSection>
    </div>
  )
}
