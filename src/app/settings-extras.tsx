import { lazy, Suspense } from 'react'
import { makeBackup } from './backup-action'
import { loadSyncApi } from './sync-api'

// Loaded with Instellingen only, not with the board.
const BackupSection = lazy(() =>
  import('../features/backup/backup-section').then((m) => ({ default: m.BackupSection })),
)
const StorageSection = lazy(() =>
  import('../features/storage/storage-section').then((m) => ({ default: m.StorageSection })),
)
const EncryptionSection = lazy(() =>
  import('../features/encryption/encryption-section').then((m) => ({
    default: m.EncryptionSection,
  })),
)
const SamenwerkenSection = lazy(() =>
  import('../features/settings/samenwerken/samenwerken-section').then((m) => ({
    default: m.SamenwerkenSection,
  })),
)

/**
 * The sections other features add to Instellingen (each saves on its own). Kept in the app
 * shell so features never import each other.
 */
export function SettingsExtras() {
  // Its own boundary: the settings form shows at once, these sections follow when loaded.
  return (
    <Suspense fallback={null}>
      <BackupSection />
      <StorageSection />
      <EncryptionSection onBackup={makeBackup} />
      <SamenwerkenSection loadApi={loadSyncApi} onBackup={makeBackup} />
    </Suspense>
  )
}
