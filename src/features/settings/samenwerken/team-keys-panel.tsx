import { useLiveQuery } from 'dexie-react-hooks'
import { useState, useSyncExternalStore } from 'react'
import { keyring } from '../../../db/encryption/keyring'
import {
  readTeamKeyStatus,
  removeKeySlot,
  type TeamKeyStatus,
} from '../../../db/encryption/team-keys'
import { useT } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'
import { useActor } from '../../../stores/preferences-store'
import { useSyncStore } from '../../../stores/sync-store'
import { AddSlotForm, EnableTeamForm, JoinTeamForm, type Publish } from './team-keys-forms'
import './team-keys.css'

/**
 * Instellingen › Samenwerken › Versleuteling van het team: whether the team encrypts, turning
 * it on, opening the team key the first time, adding a key slot for a member (one-time
 * passphrase, shown once) and removing one. `publish` hands changed documents to the bridge.
 */
export function TeamKeysPanel({ publish }: { publish?: Publish }) {
  const t = useT()
  const k = t.teamKeys
  const actor = useActor()
  const connection = useSyncStore((s) => s.connection)
  const encryption = useSyncExternalStore(keyring.subscribe, keyring.getSnapshot)
  // The key opening or closing in this tab is not a database change: re-read on it too.
  const status = useLiveQuery(readTeamKeyStatus, [encryption])
  if (!status) return null
  const member = connection?.username ?? status.me
  return (
    <section className="sync-subsection team-keys" aria-labelledby="team-keys-title">
      <h3 id="team-keys-title">{k.title}</h3>
      <p>{status.encrypted ? k.encrypted : k.notEncrypted}</p>
      {encryption.migration && (
        <p role="status">{k.progress(encryption.migration.done, encryption.migration.total)}</p>
      )}
      {!member ? (
        <p>{k.notConnected}</p>
      ) : !status.encrypted ? (
        <EnableTeamForm
          member={member}
          actor={actor}
          localOn={encryption.status === 'locked' || encryption.status === 'unlocked'}
          publish={publish}
        />
      ) : (
        <>
          {status.canJoin && <JoinTeamForm actor={actor} publish={publish} />}
          {status.unlocked && <AddSlotForm publish={publish} />}
          <MemberList status={status} unlocked={status.unlocked} publish={publish} />
        </>
      )}
    </section>
  )
}

function MemberList(props: { status: TeamKeyStatus; unlocked: boolean; publish?: Publish }) {
  const t = useT()
  const k = t.teamKeys
  const show = useNotices((s) => s.show)
  const [confirming, setConfirming] = useState<string | null>(null)

  async function remove(member: string) {
    try {
      const docs = await removeKeySlot(member)
      await props.publish?.(docs)
      show({ tone: 'success', message: k.removed(member) })
    } catch {
      show({ tone: 'error', message: k.errors.failed })
    } finally {
      setConfirming(null)
    }
  }

  if (props.status.members.length === 0) return null
  return (
    <section aria-labelledby="team-keys-members">
      <h4 id="team-keys-members">{k.members}</h4>
      <ul className="team-keys__members" aria-labelledby="team-keys-members">
        {props.status.members.map((m) => {
          const own = m.member === props.status.me
          return (
            <li key={m.member} className="team-keys__member">
              <span>
                <strong>{m.member}</strong> {own && k.you}
                {m.oneTime && <span className="team-keys__note"> · {k.waiting}</span>}
                {!own && <span className="team-keys__note"> · {k.addedBy(m.addedBy)}</span>}
              </span>
              {!own && confirming !== m.member && (
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => setConfirming(m.member)}
                >
                  {k.remove} <span className="visually-hidden">{m.member}</span>
                </button>
              )}
              {confirming === m.member && (
                <div className="team-keys__confirm">
                  <p role="alert">{k.removeConfirm(m.member)}</p>
                  <div className="form__actions">
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => void remove(m.member)}
                    >
                      {k.remove}
                    </button>
                    <button type="button" className="button" onClick={() => setConfirming(null)}>
                      {t.common.cancel}
                    </button>
                  </div>
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
