import type { nlBackup } from '../nl/backup'

const n = (value: number) => new Intl.NumberFormat('en-GB').format(value)

export const enBackup: typeof nlBackup = {
  title: 'Backup',
  intro:
    'All data lives only in this browser. Make a backup regularly and keep the file in a safe place, such as your organisation’s secure network drive.',
  lastBackup: (date) => `Last backup: ${date}.`,
  neverBackedUp: 'No backup has been made in this browser yet.',
  make: 'Make backup',
  making: 'Making backup…',
  encrypt: 'Encrypt with a passphrase',
  encryptHint:
    'Without this passphrase nobody can read the backup, you neither. Keep the passphrase apart from the file.',
  encryptDefault: 'Encryption is on, so the backup is encrypted too.',
  plainWarning:
    'Note: the data in this browser is encrypted, but this backup will not be. Anyone who has the file can read everything, including names and notes. Keep it in a secure place only.',
  passphrase: 'Passphrase for the backup',
  passphraseRepeat: 'Repeat the passphrase',
  passphraseTooShort: 'Choose a passphrase of at least 10 characters.',
  passphraseMismatch: 'The two passphrases differ.',
  made: (file) => `Backup saved as ${file}.`,
  makeFailed: 'The backup could not be made. Nothing changed; please try again.',
  restore: 'Restore backup',
  restoreIntro:
    'Choose a backup file. The whole file is checked first; nothing changes until you confirm.',
  file: 'Backup file (.json)',
  filePassphrase: 'Passphrase of the backup',
  mode: 'How to restore?',
  modeReplace: 'Replace: all current data is replaced by the backup',
  modeMerge: 'Merge: per record the most recently changed version stays',
  check: 'Check file',
  checking: 'Checking…',
  restoring: 'Restoring…',
  checked: 'The file is in order.',
  summary: (date, version) => `Backup of ${date}, made with version ${version}.`,
  encryptedNote: 'The backup was encrypted with a passphrase.',
  contents: 'Contents of the backup',
  tables: {
    youths: 'Youths',
    assessments: 'Precondition assessments',
    settings: 'Settings',
    audit: 'Lines in the change history',
    reviews: 'Reviews',
    reviewItems: 'Youths discussed',
    snapshots: 'Recorded reviews',
    reportNotes: 'Report signals',
    exchangeFiles: 'Loaded exchange files (Municipal overview)',
    agreements: 'Agreements (Municipal overview)',
  },
  replaceWarning: (count) =>
    `Note: the ${n(count)} youths now in this browser and all other current data will be replaced.`,
  mergeSummary: (added, replaced) =>
    `Merging adds ${n(added)} records and replaces ${n(replaced)} with a newer version from the backup.`,
  conflictsTitle: (count) => (count === 1 ? '1 record differs' : `${n(count)} records differ`),
  conflictsIntro:
    'These records exist both here and in the backup, with different contents. For each, the most recently changed version counts.',
  noConflicts: 'No records exist both here and in the backup with different contents.',
  conflictWhat: 'Record',
  conflictOutcome: 'Outcome',
  outcomes: {
    newer: 'The version in the backup is newer and replaces the one here.',
    notNewer: 'The version here is newer or as old and stays.',
    noTimestamp: 'No change date to compare: the version here stays.',
    clientRefTaken:
      'This client number belongs to another youth here: the youth from the backup is not added.',
  },
  showMore: (count) => `Show ${n(count)} more differences`,
  confirm: 'Restore backup',
  restored: 'The backup has been restored.',
  merged: (added, replaced) =>
    `The backup has been merged: ${n(added)} records added, ${n(replaced)} replaced.`,
  restoreFailed: 'Restoring failed. Nothing changed.',
  quota:
    'The backup does not fit in this browser’s storage (disk full). Nothing changed. Free some space and try again.',
  problems: {
    notJson: 'This file is damaged or incomplete and cannot be read. Nothing changed.',
    notBackup:
      'This is not a Doorstroombord backup. Choose a file made with "Make backup". Nothing changed.',
    damaged: 'This backup file is damaged: parts are missing. Nothing changed.',
    incomplete:
      'This file is damaged or incomplete: the end of the backup is missing (for example an interrupted download or copy). Nothing changed.',
    partDamaged: (part) =>
      `Part ${n(part)} of the backup was changed, damaged or moved after it was made. Nothing changed.`,
    newerVersion: (version) =>
      `This backup was made by a newer version of Doorstroombord (data version ${version}). Update the app and try again. Nothing changed.`,
    passphraseRequired: 'This backup is encrypted. Enter the passphrase of the backup.',
    wrongPassphrase:
      'The passphrase is wrong, or the file was changed after it was made. Nothing changed.',
    checksumMismatch:
      'The checksum does not match: the file was changed or damaged after it was made. Nothing changed.',
    unknownTable: (table) =>
      `This backup holds data this version does not know ("${table}"). Nothing changed.`,
    invalidRecord: (table, position, field) =>
      `Record ${n(position)} in "${table}" is invalid (field ${field}). Nothing changed.`,
    duplicateKey: (table, key) => `${key} occurs twice in "${table}". Nothing changed.`,
  },
  reminder: (date) =>
    `Your last backup is from ${date}, more than 30 days ago. Make a new one so you lose no work.`,
  reminderNever:
    'You have worked for more than 30 days without a backup. Make one so you lose no work.',
  reminderAction: 'Make a backup now',
  reminderLater: 'Later',
  reminderLabel: 'Backup reminder',
}
