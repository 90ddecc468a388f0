import { formatDutchDate } from '../../../domain/dates'
import type { ProgressView } from '../../../domain/municipal/agreement-progress'
import { useT } from '../../../i18n'

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })

/**
 * Beside an afspraak: the provider's Voortgang as its file for this ronde brought it, read
 * from the file itself (the gemeente types nothing and cannot change it).
 */
export function AgreementProgressNote({ view }: { view: ProgressView }) {
  const t = useT()
  const g = t.agreements
  let body: string
  if (view.kind === 'progress') {
    const { latest } = view.entry
    const at = latest
      ? `${formatDutchDate(latest.at.slice(0, 10))} ${time.format(new Date(latest.at))}`
      : ''
    body = latest
      ? [
          g.progressLatest(g.progressStatus[latest.status], latest.by, at),
          latest.reason,
          latest.text,
        ]
          .filter(Boolean)
          .join(' — ')
      : g.progressNone
  } else if (view.kind === 'received') body = g.progressNone
  else if (view.kind === 'v1') body = g.progressV1
  else body = g.progressNoFile
  return (
    <p className="municipal-agreement__progress">
      <strong>{g.progressTitle}:</strong> {body}
    </p>
  )
}
