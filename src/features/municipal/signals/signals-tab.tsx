import type { MunicipalOverview } from '../../../domain/municipal'
import { scopeText } from '../../../tables/municipal/municipal-labels'
import type { MunicipalTables } from '../../../tables/municipal/municipal-tables'
import { useT } from '../../../i18n'
import './signals.css'

/** Signalen: every provider's own words to the gemeente for this ronde, in one list. */
export function SignalsTab({
  overview,
  tables,
}: {
  overview: MunicipalOverview
  tables: MunicipalTables
}) {
  const t = useT()
  const s = t.municipal.signals
  return (
    <section className="municipal-signals" aria-labelledby="municipal-signals-title">
      <h2 id="municipal-signals-title" className="report-section__title">
        {tables.signals.title}
      </h2>
      {overview.signals.length === 0 ? (
        <p className="report-lead">{s.empty}</p>
      ) : (
        <ul className="municipal-signals__list">
          {overview.signals.map((entry, i) => (
            <li key={`${entry.providerKey}-${i}`} className="municipal-signal">
              <h3 className="municipal-signal__from">
                {s.from(entry.providerName, entry.peildatum, scopeText(entry.scope, t))}
              </h3>
              <p className="municipal-signal__text">{entry.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
