import type { nlSyncDuplicates } from '../nl/sync-duplicates'

export const enSyncDuplicates: typeof nlSyncDuplicates = {
  merge: 'Merge into one youth',
  renumber: 'Change number',
  mergeTitle: (clientRef: string) => `Merge client number ${clientRef} into one youth`,
  mergeIntro:
    'Both youths are shown side by side below. What is the same merges by itself; for each difference, choose which value stays. The history of both is kept under the youth that stays.',
  compareCaption: 'Both youths side by side',
  field: 'Detail',
  here: 'This laptop',
  there: 'Other laptop',
  differs: 'differs',
  same: 'same',
  made: (who: string, when: string) => (who ? `Created by ${who}, ${when}` : `Created ${when}`),
  changed: (who: string, when: string) => `Last changed by ${who}, ${when}`,
  status: (name: string) => `${name} (status)`,
  chooseTitle: 'For each difference, choose what stays',
  option: (side: string, who: string) => (who ? `${side} (${who})` : side),
  noDifferences: 'All details are the same: there is nothing to choose.',
  next: 'Next',
  confirmTitle: 'Confirm the merge',
  confirmText: (clientRef: string) =>
    `One youth with client number ${clientRef} stays. The other is deleted, on the other laptops too. This cannot be undone; the details of both stay in the history.`,
  confirm: 'Merge',
  back: 'Back',
  cancel: 'Cancel',
  merged: (clientRef: string) => `Client number ${clientRef} has been merged into one youth.`,
  renumberTitle: (clientRef: string) => `Client number ${clientRef}: change number`,
  renumberIntro:
    'Give one of the two youths another client number. Then both are on the board, on the other laptops too.',
  which: 'Which youth gets another client number?',
  whichOption: (side: string, name: string) => (name ? `${side}: ${name}` : side),
  newNumber: 'New client number',
  renumberConfirm: 'Change number',
  renumbered: (clientRef: string) =>
    `The client number has been changed to ${clientRef}. Another number can be chosen later on the youth's page.`,
  stale:
    'One of the two youths has changed meanwhile. Look at the differences again and choose once more.',
  gone: 'This duplicate client number has been resolved meanwhile, here or on another laptop.',
  failed: 'That did not work. Nothing has been changed.',
}
