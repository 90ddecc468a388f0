import { Dialog } from '../../components/dialog'
import { StatusBadge } from '../../components/status-badge'
import { SIGNALS } from '../../domain/signals'
import { CRITERIA_STATUSES, STATUS_DISPLAY_ORDER } from '../../domain/statuses'
import { useSettings } from '../../hooks/use-settings'
import { criteriaOf, preconditionName, useT } from '../../i18n'
import './legend.css'

/** Toelichting: what each colour means per precondition, and how signals are computed. */
export function LegendDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const l = t.forms.legend
  const settings = useSettings()
  const enabled = settings?.preconditions.filter((p) => p.enabled) ?? []
  return (
    <Dialog title={l.title} onClose={onClose} size="wide" description={l.intro}>
      <section aria-labelledby="legend-statuses">
        <h3 id="legend-statuses">{l.statuses}</h3>
        <ul className="legend-statuses">
          {STATUS_DISPLAY_ORDER.map((status) => (
            <li key={status}>
              <StatusBadge status={status} meaning />
            </li>
          ))}
        </ul>
        <p>{l.totalStatus}</p>
      </section>
      <table className="legend-table">
        <caption className="legend-table__caption">{t.forms.assessment.criteria}</caption>
        <thead>
          <tr>
            <th scope="col">{l.precondition}</th>
            {CRITERIA_STATUSES.map((s) => (
              <th key={s} scope="col">
                <StatusBadge status={s} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {enabled.map((p) => {
            const c = criteriaOf(t, p)
            return (
              <tr key={p.id}>
                <th scope="row">{preconditionName(t, p)}</th>
                <td>{c.groen}</td>
                <td>{c.oranje}</td>
                <td>{c.rood}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {settings && (
        <p>
          {l.futurePlanAge(settings.futurePlanAge)} {l.cadence(settings.reviewCadenceDays)}
        </p>
      )}
      <section aria-labelledby="legend-signals">
        <h3 id="legend-signals">{l.signals}</h3>
        <p>{l.signalsIntro}</p>
        <dl className="legend-signals">
          {SIGNALS.map((signal) => (
            <div key={signal}>
              <dt>
                <span aria-hidden="true">⚑ </span>
                {t.signals[signal]}
              </dt>
              <dd>{t.signalMeaning[signal]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </Dialog>
  )
}
