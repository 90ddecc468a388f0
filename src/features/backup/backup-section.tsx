import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { getBackupStatus } from '../../db/backup-repo'
import { countYouths } from '../../db/youths-repo'
import { useT } from '../../i18n'
import { formatMoment } from '../../domain/moments'
import { MakeBackupForm } from './make-backup-form'
import { RestoreDialog } from './restore-dialog'
import './backup.css'

/** The Back-up section of Instellingen: last back-up date, Back-up maken, Back-up terugzetten. */
export function BackupSection() {
  const t = useT()
  const b = t.backup
  const status = useLiveQuery(getBackupStatus, [])
  const youthCount = useLiveQuery(countYouths, []) ?? 0
  const [restoring, setRestoring] = useState(false)
  return (
    <section className="card" id="back-up" aria-labelledby="backup-title">
      <h2 id="backup-title">{b.title}</h2>
      <p>{b.intro}</p>
      {status && (
        <p className="backup-status">
          <strong>
            {status.lastBackupAt
              ? b.lastBackup(formatMoment(status.lastBackupAt))
              : b.neverBackedUp}
          </strong>
        </p>
      )}
      <MakeBackupForm />
      <button type="button" className="button" onClick={() => setRestoring(true)}>
        {b.restore}
      </button>
      {restoring && <RestoreDialog youthCount={youthCount} onClose={() => setRestoring(false)} />}
    </section>
  )
}
