import type { AgreementEvent } from '../../../domain/agreements/agreements-schema'
import { formatDutchDate } from '../../../domain/dates'
import { useT } from '../../../i18n'

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })

/**
 * An afspraak's own history up to the ronde shown: made, changed (which fields), closed,
 * reopened, withdrawn — who, when, in which ronde (issue 21 item 3).
 */
export function AgreementHistory({ history }: { history: readonly AgreementEvent[] }) {
  const t = useT()
  const g = t.agreements
  if (history.length === 0) return null
  return (
    <details className="municipal-agreement__history">
      <summary>
        {g.fields.history} ({history.length})
      </summary>
      <ol>
        {history.map((e) => {
          const at = `${formatDutchDate(e.at.slice(0, 10))} ${time.format(new Date(e.at))}`
          const fields = e.changes.map((c) => g.changeFields[c.field]).join(', ')
          return (
            <li key={e.id}>
              {g.event(g.events[e.event], formatDutchDate(e.ronde), e.by, at)}
              {fields && g.eventChanges(fields)}
            </li>
          )
        })}
      </ol>
    </details>
  )
}
