import { useT } from '../../i18n'
import { ReportSection } from './report-section'
import { ReportTable, SHOWN_ROWS } from './report-table'
import type { ReportTables } from '../../domain/report/table-numbers'

export function YouthListSection({ tables }: { tables: ReportTables }) {
  const t = useT()
  return (
    <ReportSection id="jongeren" number={5} title={t.report.sections.youths}>
      <ReportTable table={tables.youths} limit={SHOWN_ROWS} wide className="report-table--youths" />
    </ReportSection>
  )
}
