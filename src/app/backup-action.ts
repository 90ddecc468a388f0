interface BackupModule {
  downloadBackup: () => Promise<unknown>
}

// A glob, not a plain import(): the back-up feature is built alongside, and the shell must
// build (and offer no button) while it is not there yet. Loaded only when clicked.
const loaders = import.meta.glob<BackupModule>('../features/backup/download-backup.ts')
const load = Object.values(loaders)[0]

/** Whether "Back-up maken" can be offered. */
export const backupAvailable = load !== undefined

/** Downloads a back-up of everything (the back-up feature's own file format). */
export async function makeBackup(): Promise<void> {
  if (!load) throw new Error('Back-up is not available')
  const { downloadBackup } = await load()
  await downloadBackup()
}
