import { useId, useState, type ReactNode } from 'react'
import {
  listAgreements,
  MissingRecordError,
  setAgreementStatus,
  StaleRecordError,
} from '../../../db/municipal-repo'
import { formatDutchDate } from '../../../domain/dates'
import { agreementInRonde } from '../../../domain/municipal/agreements'
import type { Agreement, RondeAgreement } from '../../../domain/municipal'
import { AgreementHistory } from './agreement-history'
import type { IsoDate } from '../../../domain/types'
import { useT } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'
import { useActor } from '../../../stores/preferences-store'
import { useStorageErrorMessage } from '../../../hooks/use-storage-error-message'

interface AgreementItemProps {
  entry: RondeAgreement
  /** The newest copy the page holds of this afspraak (from the live list), if any. */
  latest: Agreement | undefined
  rondeDate: IsoDate
  onEdit: (agreement: Agreement) => void
  /** The provider's progress on it in this ronde's file, when the screen has it. */
  progress?: ReactNode
}

/** The newest of the copies we have: a higher version always wins. */
function newest(...copies: (Agreement | null | undefined)[]): Agreement {
  return copies.reduce<Agreement | null>(
    (best, c) => (c && (!best || c.version > best.version) ? c : best),
    null,
  ) as Agreement
}

/**
 * One afspraak: text, eigenaar, streefdatum, knelpuntcode/cliëntnummer, open/afgerond and the
 * ronde it was made in. Afronden/heropenen carry the version shown; a conflict writes nothing,
 * re-reads the afspraak and says so.
 */
export function AgreementItem(props: AgreementItemProps) {
  const { entry, latest, rondeDate, onEdit, progress } = props
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const a = t.municipalLists.agreements
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const textId = useId()
  const [reread, setReread] = useState<Agreement | null>(null)
  const [problem, setProblem] = useState<'stale' | 'gone' | null>(null)
  const [busy, setBusy] = useState(false)
  // Shown as it stood in this ronde; changed as it is now (its newest version).
  const current = newest(entry.agreement, latest, reread)
  const agreement = reread
    ? (agreementInRonde(reread, rondeDate) ?? entry.agreement)
    : entry.agreement
  const open = agreement.status === 'open'

  async function change(status: Agreement['status']) {
    if (busy) return
    setBusy(true)
    try {
      await setAgreementStatus(current.id, current.version, status, rondeDate, actor)
      setProblem(null)
      const done = { open: a.reopened, afgerond: a.closed, ingetrokken: t.agreements.withdrawn }
      show({ tone: 'success', message: done[status] })
    } catch (error) {
      if (error instanceof StaleRecordError) {
        const fresh = (await listAgreements()).find((x) => x.id === agreement.id)
        if (fresh) setReread(fresh)
        setProblem(fresh ? 'stale' : 'gone')
      } else if (error instanceof MissingRecordError) {
        setProblem('gone')
      } else {
        show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
      }
    } finally {
      setBusy(false)
    }
  }

  const status = a.status[agreement.status]
  return (
    <li className={`municipal-agreement municipal-agreement--${agreement.status}`}>
      <div className="municipal-agreement__main">
        <p className="municipal-agreement__status">
          <span aria-hidden="true" className="municipal-agreement__mark">
            {open ? '○' : '✓'}
          </span>{' '}
          {status}
          {entry.carriedOver && (
            <span className="municipal-agreement__ronde">
              {' · '}
              {a.madeIn(formatDutchDate(agreement.rondeDate))}
            </span>
          )}
          {!open && agreement.closedRonde && (
            <span className="municipal-agreement__ronde">
              {' · '}
              {a.closedIn(formatDutchDate(agreement.closedRonde))}
            </span>
          )}
        </p>
        <p id={textId} className="municipal-agreement__text">
          {agreement.text}
        </p>
        <dl className="facts municipal-agreement__facts">
          <div>
            <dt>{a.fields.owner}</dt>
            <dd>{agreement.owner ? t.agreements.owners[agreement.owner] : a.ownerNone}</dd>
          </div>
          <div>
            <dt>{a.fields.dueDate}</dt>
            <dd>
              {agreement.dueDate ? formatDutchDate(agreement.dueDate) : t.common.none}
              {entry.overdue && open && <strong className="date--passed"> ({a.overdue})</strong>}
            </dd>
          </div>
          {agreement.reasonCode && (
            <div>
              <dt>{a.fields.reasonCode}</dt>
              <dd>{agreement.reasonCode}</dd>
            </div>
          )}
          {agreement.clientRefs.length > 0 && (
            <div>
              <dt>{t.agreements.fields.clientRefs}</dt>
              <dd>{agreement.clientRefs.join(', ')}</dd>
            </div>
          )}
          {agreement.kind && (
            <div>
              <dt>{t.agreements.fields.kind}</dt>
              <dd>{t.agreements.kinds[agreement.kind]}</dd>
            </div>
          )}
          {agreement.response && (
            <div>
              <dt>{t.agreements.fields.response}</dt>
              <dd>{agreement.response}</dd>
            </div>
          )}
        </dl>
        {progress}
        <AgreementHistory history={agreement.history} />
        {problem && (
          <p className="notice-inline municipal-agreement__problem" role="alert">
            {problem === 'stale' ? a.stale : a.gone}
          </p>
        )}
      </div>
      <div className="municipal-agreement__actions">
        <button
          type="button"
          className="button button--small"
          aria-describedby={textId}
          // Not `disabled` while saving: that would drop the keyboard focus.
          aria-disabled={busy || undefined}
          disabled={problem === 'gone'}
          onClick={() => void change(open ? 'afgerond' : 'open')}
        >
          {open ? a.close : a.reopen}
        </button>
        {open && current.sentAt !== null && (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-describedby={textId}
            aria-disabled={busy || undefined}
            disabled={problem === 'gone'}
            onClick={() => void change('ingetrokken')}
          >
            {t.agreements.withdraw}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-describedby={textId}
          disabled={problem === 'gone'}
          onClick={() => onEdit(current)}
        >
          {a.edit}
        </button>
      </div>
    </li>
  )
}
