import type { nlSyncConflicts } from '../nl/sync-conflicts'

export const enSyncConflicts: typeof nlSyncConflicts = {
  mark: 'Conflict',
  markTitle: 'Changed differently on two laptops: choose on the youth’s page what stays.',
  title: 'Conflicts',
  intro:
    'These fields were changed differently on two laptops while they were not connected. The board shows one of the values for now. Choose per field which value stays; the other remains visible in the history.',
  keep: 'Which value stays?',
  value: (who: string, when: string) => (who ? `Value by ${who} (${when})` : `Value of ${when}`),
  deleted: 'Deleted on another laptop, changed here',
  deletedValue: (deleted: boolean) => (deleted ? 'Delete' : 'Keep'),
  settingsField: (name: string) => `Settings: ${name}`,
  resolved: (field: string) => `Choice saved for ${field}.`,
  stale: 'This conflict has already been resolved, here or on another laptop.',
  failed: 'The choice could not be saved. Nothing was changed.',
}
