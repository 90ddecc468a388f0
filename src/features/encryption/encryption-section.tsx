import { useT } from '../../i18n'
import { EnableEncryptionForm } from './enable-encryption-form'
import { EncryptionOnPanel } from './encryption-on-panel'
import { useEncryption } from './use-encryption'
import './encryption.css'

/** Instellingen › Versleuteling. `onBackup` is offered before turning encryption on. */
export function EncryptionSection({ onBackup }: { onBackup: () => Promise<void> }) {
  const t = useT()
  const e = t.security.encryption
  const { status, migration } = useEncryption()
  return (
    <section className="card" aria-labelledby="settings-encryption">
      <h2 id="settings-encryption">{e.title}</h2>
      <p>{e.intro}</p>
      {migration ? (
        <div className="encryption-progress">
          <p id="encryption-progress" role="status">
            {e.progress(migration.direction, migration.done, migration.total)}
          </p>
          <progress
            aria-labelledby="encryption-progress"
            max={Math.max(migration.total, 1)}
            value={migration.done}
          />
        </div>
      ) : status === 'unlocked' ? (
        <EncryptionOnPanel />
      ) : (
        <EnableEncryptionForm onBackup={onBackup} />
      )}
    </section>
  )
}
