import type { nlBackup } from '../nl/backup'

export const enBackup: typeof nlBackup = {
  title: 'Backup',
}
