import type { ColourReport } from '../../domain/import/colour-statuses'
import { useT } from '../../i18n'

/** Cells named one by one; a list with more disagreements says how many in its title. */
const LISTED = 50

/**
 * Where the statuses came from: per status column how many were read from the cell colour
 * ("uit de celkleur"), and every cell whose text said another status than its colour (the
 * text wins, and the user sees that before anything is stored).
 */
export function ColourReportNotes({ report }: { report: ColourReport | null }) {
  const t = useT()
  const c = t.importColours
  if (!report || report.fromColour.length + report.disagreements.length === 0) return null
  const { fromColour, disagreements } = report
  return (
    <section className="import-colour-report" aria-labelledby="import-colour-report">
      <h3 id="import-colour-report">{c.reportTitle}</h3>
      {fromColour.length > 0 && (
        <ul>
          {fromColour.map((f) => (
            <li key={f.column}>{c.fromColour(f.column, f.count)}</li>
          ))}
        </ul>
      )}
      {disagreements.length > 0 && (
        <>
          <h4>{c.textWinsTitle(disagreements.length)}</h4>
          <ul>
            {disagreements.slice(0, LISTED).map((d) => (
              <li key={`${d.rowNumber}-${d.column}`}>
                {c.textWins(d.rowNumber, d.column, t.statuses[d.text], t.statuses[d.colour])}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
