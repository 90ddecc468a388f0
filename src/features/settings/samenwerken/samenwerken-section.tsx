import { useSyncText } from './use-sync-text'
import { useState } from 'react'
import type { ConnectOutcome, FirstConnectionChoice, SyncApi } from '../../../domain/sync/types'
import { useNotices } from '../../../stores/notice-store'
import { useSyncStore } from '../../../stores/sync-store'
import { ConflictsList } from './conflicts-list'
import { ConnectForm } from './connect-form'
import { ConnectedPanel } from './connected-panel'
import { FirstConnectionDialog } from './first-connection-dialog'
import type { OutcomeError } from './outcome-message'
import { TeamKeysPanel } from './team-keys-panel'
import './samenwerken.css'

interface SamenwerkenSectionProps {
  /** The sync chunk, loaded on demand by the app shell (features never import it). */
  loadApi: () => Promise<SyncApi>
  /** The existing back-up download, offered before the team's data replaces this browser's. */
  onBackup: () => Promise<void>
}

/**
 * Instellingen › Samenwerken: connect this browser to the team's server, see its state, log in
 * again, disconnect, and the open conflicts. The sync chunk publishes the connection and state
 * through the sync store; this section only asks it to act.
 */
export function SamenwerkenSection({ loadApi, onBackup }: SamenwerkenSectionProps) {
  const s = useSyncText()
  const show = useNotices((n) => n.show)
  const connection = useSyncStore((x) => x.connection)
  const state = useSyncStore((x) => x.state)
  const [choice, setChoice] = useState<FirstConnectionChoice | null>(null)

  function settled(outcome: Exclude<ConnectOutcome, { kind: 'error' }>) {
    if (outcome.kind === 'choose') {
      setChoice(outcome.choice)
      return
    }
    setChoice(null)
    const team = useSyncStore.getState().connection?.team
    show({ tone: 'success', message: team ? s.connected(team) : s.status.announce.ok })
  }

  async function choose(which: 'merge' | 'replace'): Promise<OutcomeError | null> {
    try {
      const outcome = await (await loadApi()).chooseFirstConnection(which)
      if (outcome.kind === 'error') return outcome
      settled(outcome)
      return null
    } catch {
      return { reason: 'unreachable' }
    }
  }

  async function cancelChoice() {
    setChoice(null)
    // Nothing was mixed yet; forget the half-made connection so the next Verbinden starts clean.
    await (await loadApi()).disconnect()
  }

  return (
    <section className="card sync-section" id="samenwerken" aria-labelledby="settings-sync">
      <h2 id="settings-sync">{s.title}</h2>
      <p>{s.intro}</p>
      <p className="sync-note">{s.serverNote}</p>
      {connection && !choice ? (
        <ConnectedPanel connection={connection} state={state} loadApi={loadApi} />
      ) : (
        <ConnectForm loadApi={loadApi} onOutcome={settled} />
      )}
      {choice && (
        <FirstConnectionDialog
          choice={choice}
          onChoose={choose}
          onBackup={onBackup}
          onCancel={() => void cancelChoice().catch(() => undefined)}
        />
      )}
      <TeamKeysPanel />
      <ConflictsList />
    </section>
  )
}
