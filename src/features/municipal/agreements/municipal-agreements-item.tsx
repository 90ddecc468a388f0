import { useId, useState } from 'react'
import {
  listAgreements,
  MissingRecordError,
  setAgreementStatus,
  StaleRecordError,
} from '../../../db/municipal-repo'
import { formatDutchDate } from '../../../domain/dates'
import type { Agreement, RondeAgreement } from '../../../domain/municipal'
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
export function AgreementItem({ entry, latest, rondeDate, onEdit }: AgreementItemProps) {
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const a = t.municipalLists.agreements
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const textId = useId()
  const [reread, setReread] = useState<Agreement | null>(null)
  const [problem, setProblem] = useState<'stale' | 'gone' | null>(null)
  const [busy, setBusy] = useState(false)
  const agreement = newest(entry.agreement, latest, reread)
  const open = agreement.status === 'open'

  async function toggle() {
    if (busy) return
    setBusy(true)
    try {
      await setAgreementStatus(
        agreement.id,
        agreement.version,
        open ? 'afgerond' : 'open',
        rondeDate,
        actor,
      )
      setProblem(null)
      show({ tone: 'success', message: open ? a.closed : a.reopened })
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
            <dd>{agreement.owner ? t.owners[agreement.owner] : a.ownerNone}</dd>
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
          {agreement.clientRef && (
            <div>
              <dt>{a.fields.clientRef}</dt>
              <dd>{agreement.clientRef}</dd>
            </div>
          )}
        </dl>
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
          onClick={() => void toggle()}
        >
          {open ? a.close : a.reopen}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-describedby={textId}
          disabled={problem === 'gone'}
          onClick={() => onEdit(agreement)}
        >
          {a.edit}
        </button>
      </div>
    </li>
  )
}
