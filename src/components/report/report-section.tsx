import type { ReactNode } from 'react'
import './report.css'
import './report-print.css'

/** A numbered chapter of the report ("2. Stoplicht"), a landmark named by its heading. */
export function ReportSection({
  id,
  number,
  title,
  children,
}: {
  id: string
  number: number
  title: string
  children: ReactNode
}) {
  return (
    <section className="report-section" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`} className="report-section__title">
        {number}. {title}
      </h2>
      {children}
    </section>
  )
}
