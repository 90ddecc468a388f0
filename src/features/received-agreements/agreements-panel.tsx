import { useId, useMemo, useState } from 'react'
import { formatDutchDate } from '../../domain/dates'
import { latestProgress, type ReceivedAgreement } from '../../domain/agreements/received'
import { sortReceived } from '../../domain/agreements/received-index'
import { useReceivedAgreements } from '../../hooks/use-received-agreements'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { LoadAgreementsButton } from './load-agreements-button'
import { ProgressDialog } from './progress-dialog'
import './received-agreements.css'

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })
const when = (at: string) => `${formatDutchDate(at.slice(0, 10))} ${time.format(new Date(at))}`

function Item({
  held,
  today,
  ownCodes,
  onProgress,
}: {
  held: ReceivedAgreement
  today: string
  ownCodes: ReadonlySet<string>
  onProgress: () => void
}) {
  const t = useT()
  const g = t.agreements
  const textId = useId()
  const a = held.agreement
  const open = a.status === 'open'
  const overdue = open && a.dueDate !== null && a.dueDate < today
  const latest = latestProgress(held.progress)
  return (
    <li className={`received-agreement received-agreement--${a.status}`}>
      <p className="received-agreement__status">
        <span aria-hidden="true">{open ? '○' : '✓'}</span> {g.status[a.status]}
        {' · '}
        {g.fromFile(held.issuerName, formatDutchDate(held.fileRonde))}
      </p>
      <p id={textId} className="received-agreement__text">
        {a.text}
      </p>
      <dl className="facts">
        <div>
          <dt>{t.municipalLists.agreements.fields.owner}</dt>
          <dd>{a.owner ? g.owners[a.owner] : t.municipalLists.agreements.ownerNone}</dd>
        </div>
        <div>
          <dt>{t.municipalLists.agreements.fields.dueDate}</dt>
          <dd>
            {a.dueDate ? formatDutchDate(a.dueDate) : t.common.none}
            {overdue && <strong className="date--passed"> ({g.overdue})</strong>}
          </dd>
        </div>
        {a.reasonCode && (
          <div>
            <dt>{t.municipalLists.agreements.fields.reasonCode}</dt>
            <dd>
              {a.reasonCode}
              {!ownCodes.has(a.reasonCode) && ` ${g.notInList}`}
            </dd>
          </div>
        )}
        {a.clientRefs.length > 0 && (
          <div>
            <dt>{g.fields.clientRefs}</dt>
            <dd>{a.clientRefs.join(', ')}</dd>
          </div>
        )}
        {a.response && (
          <div>
            <dt>{g.fields.response}</dt>
            <dd>{a.response}</dd>
          </div>
        )}
        <div>
          <dt>{g.progress}</dt>
          <dd>
            {latest
              ? g.progressLatest(g.progressStatus[latest.status], latest.by, when(latest.at))
              : t.common.none}
            {latest?.reason && <span className="received-agreement__note"> — {latest.reason}</span>}
            {latest?.text && <span className="received-agreement__note"> — {latest.text}</span>}
          </dd>
        </div>
      </dl>
      <button
        type="button"
        className="button button--small"
        aria-describedby={textId}
        onClick={onProgress}
      >
        {g.progress}
      </button>
    </li>
  )
}

/**
 * Afspraken met gemeenten on the Rapportage screen: what gemeenten agreed with this board, open
 * ones first by streefdatum, overdue marked in words; Voortgang per afspraak; Afspraken laden.
 */
export function ReceivedAgreementsPanel() {
  const t = useT()
  const g = t.agreements
  const today = useToday()
  const settings = useSettings()
  const list = useReceivedAgreements()
  const [editing, setEditing] = useState<string | null>(null)
  const sorted = useMemo(() => sortReceived(list ?? []), [list])
  const ownCodes = useMemo(
    () => new Set((settings?.reasonCodes ?? []).map((c) => c.code)),
    [settings?.reasonCodes],
  )
  const held = sorted.find((r) => r.id === editing)
  return (
    <section className="card received-agreements" aria-labelledby="received-agreements-title">
      <div className="received-agreements__bar">
        <h2 id="received-agreements-title">{g.panelTitle}</h2>
        <LoadAgreementsButton />
      </div>
      <p className="page__intro">{g.panelIntro}</p>
      {list && sorted.length === 0 && <p className="empty-note">{g.panelEmpty}</p>}
      {sorted.length > 0 && (
        <ul className="received-agreements__list" aria-labelledby="received-agreements-title">
          {sorted.map((r) => (
            <Item
              key={r.id}
              held={r}
              today={today}
              ownCodes={ownCodes}
              onProgress={() => setEditing(r.id)}
            />
          ))}
        </ul>
      )}
      {held && <ProgressDialog held={held} onClose={() => setEditing(null)} />}
    </section>
  )
}
