/**
 * Downloads a back-up of everything (the back-up feature's own file format). Loaded only when
 * clicked, so the error screen and the encryption warning do not pull the back-up code in.
 */
export async function makeBackup(): Promise<void> {
  const { downloadBackup } = await import('../features/backup/download-backup')
  await downloadBackup()
}
