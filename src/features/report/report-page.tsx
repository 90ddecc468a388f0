import { useT } from '../../i18n'

/** Placeholder until this feature lands. */
export function ReportPage() {
  const t = useT()
  return (
    <div className="page">
      <h1 className="page__title">{t.report.title}</h1>
    </div>
  )
}
