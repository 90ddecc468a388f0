import type { nlSecurity } from '../nl/security'

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 })

function bytes(n: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB']
  let value = n
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${number.format(value)} ${units[unit] ?? ''}`
}

export const enSecurity: typeof nlSecurity = {
  title: 'Security',
  backup: 'Make a backup',
  backupFirst: 'Make a backup first',
  backupFailed: 'The backup could not be made. Please try again.',
  storage: {
    title: 'Storage on this device',
    intro: 'All data is kept in this browser on this device only. Nothing is sent to the internet.',
    persisted: 'Persistent storage: granted. The browser will not delete this data to free space.',
    notPersisted:
      'Persistent storage: not granted. When the disk fills up, the browser may delete this data. Install the app or make backups regularly.',
    persistUnknown: 'This browser cannot tell whether storage is persistent.',
    requestPersist: 'Request persistent storage',
    usage: (used: number, quota: number) =>
      `In use: ${bytes(used)} of the ${bytes(quota)} the browser makes available (${percent.format(quota > 0 ? used / quota : 0)}).`,
    usageUnknown: 'This browser cannot tell how much storage is in use.',
  },
  errors: {
    quota:
      'Storage is full: the change was not saved, not even partly. Free some disk space, try again, then make a backup.',
    locked: 'The app is locked: nothing was saved. Unlock and try again.',
    closed:
      'This tab no longer works with the data because another tab took over. Please reload the page.',
    version: 'The stored data belongs to a newer version of the app. Please reload the page.',
    decryption: 'A stored item could not be decrypted. Please make a backup.',
  },
  update: {
    title: 'New version available',
    body: 'Reload whenever it suits you. Until then you simply keep working with this version.',
    reload: 'Reload now',
    later: 'Later',
    offlineReady: 'Doorstroombord now also works without an internet connection.',
  },
  blocked: {
    'newer-version': 'A newer version was opened in another tab',
    deleted: 'The data was deleted or replaced in another tab',
    'encryption-changed': 'Encryption was turned on or off in another tab',
    body: 'To keep your data intact, this tab has stopped. Everything you saved is kept. Reload to continue working.',
    openDialog:
      'A window is still open. Whatever you entered there and did not save will be gone after reloading. Copy it first.',
    reload: 'Reload',
    reviewFirst: 'Let me copy my input first',
    banner: 'This tab has stopped. Saving no longer works here.',
  },
  errorScreen: {
    title: 'This screen could not be shown',
    body: 'Something went wrong while showing this screen. Your saved data is not affected.',
    advice: 'To be safe, make a backup and then try again.',
    retry: 'Try again',
    toBoard: 'Go to the board',
    details: 'Technical details',
    startup: 'Doorstroombord could not start',
    reload: 'Reload',
  },
  encryption: {
    title: 'Encryption',
    intro:
      'Encrypt first names, notes, actions, outflow notes, signals and participants with a passphrase. Anyone who looks into the browser storage without the passphrase cannot read them.',
    statusOff: 'Encryption is off.',
    statusOn: 'Encryption is on. Personal data and free text are stored encrypted.',
    warningTitle: 'Note: if you forget the passphrase, the data is lost',
    warning:
      'Nobody can recover a forgotten passphrase or open the data without it, not even an administrator. So make a backup first and keep the passphrase somewhere safe.',
    passphrase: 'Passphrase',
    passphraseHint: (min: number) =>
      `At least ${min} characters. A sentence of a few words is strong and easy to remember.`,
    repeat: 'Repeat the passphrase',
    acknowledge: 'I understand that the data cannot be opened if I forget the passphrase',
    idleMinutes: 'Lock automatically after (minutes)',
    idleHint: (min: string, max: string) =>
      `After this many minutes without keyboard or mouse use, the app locks itself. From ${min} to ${max}.`,
    enable: 'Turn encryption on',
    disable: 'Turn encryption off',
    disableHint: 'All data will be stored unencrypted again.',
    currentPassphrase: 'Current passphrase',
    newPassphrase: 'New passphrase',
    repeatNew: 'Repeat the new passphrase',
    confirmPassphrase: 'Passphrase to confirm',
    changePassphrase: 'Change passphrase',
    changeIdle: 'Change lock time',
    lockNow: 'Lock now',
    working: 'Working…',
    progress: (direction: 'encrypt' | 'decrypt', done: number, total: number) =>
      `${direction === 'encrypt' ? 'Encrypting' : 'Decrypting'}: ${number.format(done)} of ${number.format(total)} records`,
    enabled: 'Encryption is on.',
    disabled: 'Encryption is off. All data is stored unencrypted again.',
    passphraseChanged: 'The passphrase was changed.',
    idleSaved: (minutes: number) => `The app now locks after ${number.format(minutes)} minutes.`,
    errors: {
      tooShort: (min: number) => `Passphrase: use at least ${min} characters.`,
      mismatch: 'Repeat the passphrase: it is not the same as the first.',
      acknowledge: 'Confirm that you understand a forgotten passphrase cannot be recovered.',
      idle: (min: string, max: string) =>
        `Lock automatically: enter a number of minutes from ${min} to ${max}.`,
      wrongPassphrase: 'This passphrase is not correct. Nothing was changed.',
      failed: 'That did not work. Nothing was lost; please try again.',
    },
  },
  lock: {
    title: 'Locked',
    intro: 'Enter the passphrase to continue.',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    checking: 'Checking…',
    wrong: 'This passphrase is not correct. Please try again.',
    resuming: 'Finishing the encryption…',
    forgotten: 'Forgot the passphrase?',
    forgottenBody:
      'Without the passphrase the data cannot be opened; nobody can recover it. You can delete all data from this device and then restore a backup.',
    wipeConfirm: 'I want to delete all Doorstroombord data on this device',
    wipe: 'Delete all data',
  },
}
