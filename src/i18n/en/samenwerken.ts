import type { nlSamenwerken } from '../nl/samenwerken'
import { enSyncDuplicates } from './sync-duplicates'

const count = new Intl.NumberFormat('en-GB')

export const enSamenwerken: typeof nlSamenwerken = {
  title: 'Team sync',
  intro:
    "Connect this browser to your team's server, so the whole team works on one board. Without a network the app keeps working; changes go along as soon as there is a connection again.",
  serverNote:
    'The server is reached through this app itself (/db/). Without encryption the server, and whoever runs it, sees the data.',
  team: 'Team',
  teamHint:
    'The name the administrator gave: lower-case letters, digits, _ and -, starting with a letter.',
  username: 'User name',
  password: 'Password',
  connect: 'Connect',
  connecting: 'Connecting…',
  connected: (team: string) => `Connected to team ${team}.`,
  teamProblems: {
    required: 'Enter the name of the team.',
    uppercase: 'Use lower-case letters only.',
    firstLetter: 'Start with a letter (a to z).',
    characters: 'Use only lower-case letters, digits, _ and -; no spaces.',
    tooLong: 'Use at most 64 characters.',
  },
  userProblems: {
    required: 'Enter your user name.',
    colon: 'A user name cannot contain a :.',
  },
  passwordRequired: 'Enter your password.',
  connectErrors: {
    login: 'Logging in failed: the user name or password is wrong.',
    forbidden:
      'You have no access to this team: it does not exist on the server, or you are not a member. Ask the server administrator for access.',
    unreachable:
      'The server cannot be reached. Check the network connection and try again; nothing was changed.',
    refused: 'The server refused data from this browser. It stays stored here.',
    'newer-layout':
      'The server holds data from a newer version of the app: update the app and try again. Nothing was overwritten.',
    'disk-full':
      "This browser's storage is full, so the team's data does not fit. Free some space and try again.",
    'encrypted-here':
      'This browser encrypts its data, but the team does not: connecting would send it to the server readable. Ask a team member to turn on encryption for the team first. Nothing was sent.',
    'locked-here':
      'This browser encrypts its data and is locked. Unlock the app with your passphrase first, then connect again. Nothing was sent.',
    sealed:
      'An encrypted record from the server does not open with the team key: it was changed or moved on the way. Nothing was taken in.',
  },
  stateErrors: {
    login: 'The session expired or the password was changed: log in again.',
    forbidden:
      'You have no (longer any) rights to this team. Ask the server administrator for access; meanwhile the app keeps working and your changes stay stored here.',
    unreachable:
      'The server cannot be reached. The app keeps working; changes go along as soon as the server answers again.',
    refused:
      'The server refused data from this browser. It stays stored here; ask the administrator what is wrong.',
    'newer-layout':
      'The server holds data from a newer version of the app. Update the app; until then that data is left untouched.',
    'disk-full':
      "This browser's storage is full. Free some space (Storage on this device); until then your changes wait.",
    'encrypted-here':
      'This browser encrypts its data, but the team does not. Turn on encryption for the team below; until then nothing goes to the server.',
    'locked-here': 'Unlock the app with your passphrase; until then team sync waits.',
    sealed:
      'An encrypted record from the server does not open with the team key: it was changed or moved on the way (by the server or someone with access to it). It was not taken in; everything else goes on. Tell the administrator.',
  },
  waitTexts: {
    unlock:
      'This browser encrypts its data and is locked. Unlock the app with your passphrase; until then your changes wait here.',
    migrating:
      'The data in this browser is being encrypted or decrypted. Keep this tab open; team sync goes on afterwards.',
    'team-key':
      'The team encrypts its data. Open the team key below with the one-time passphrase you were given; until then nothing is made readable and nothing of this browser goes to the team.',
    'encrypted-here':
      'This browser encrypts its data, but the team does not. Turn on encryption for the team below; until then nothing goes to the server.',
  },
  sealedDetail: (id: string) => `Record: ${id}`,
  refusedDetail: (detail: string) => `The server's reason: ${detail}`,
  panel: {
    team: 'Team',
    user: 'User',
    state: 'Status',
    since: 'Connected since',
    off: 'Not connected',
  },
  disconnect: 'Disconnect',
  disconnectTitle: 'Disconnect from the team?',
  disconnectText:
    'This browser then exchanges nothing more with the server. The data in this browser stays. Changes still waiting no longer go to the team.',
  disconnected: 'Disconnected. The data in this browser has been kept.',
  disconnectFailed: 'Disconnecting failed. Try again.',
  loginAgain: 'Log in again',
  loginAgainIntro: (user: string) =>
    `The session expired or the password was changed. Enter the password of ${user} again; meanwhile the app keeps working.`,
  loggedIn: 'You are logged in again.',
  first: {
    title: 'This team already has data',
    intro:
      'Both this browser and the team already have data. Choose what happens; without your choice nothing is mixed.',
    local: 'In this browser',
    team: 'At the team',
    youths: (n: number) => (n === 1 ? '1 youth' : `${count.format(n)} youths`),
    onBoth: (n: number) =>
      n === 0
        ? 'No client number exists on both sides.'
        : n === 1
          ? '1 client number exists on both sides:'
          : `${count.format(n)} client numbers exist on both sides:`,
    merge: 'Add my data to the team',
    mergeHint:
      "Your youths, reviews and history join the team's. A client number that exists on both sides appears under Conflicts: there you choose per youth.",
    replace: "Take over the team's data",
    replaceHint:
      "The data in this browser is replaced by the team's. Make a back-up of what is here first.",
    replaceConfirm: 'Yes, replace the data in this browser',
    replaceWarning:
      'Everything now in this browser is replaced. With the back-up you can restore it later.',
    back: 'Back',
    cancel: 'Do not connect yet',
  },
  conflicts: {
    title: 'Conflicts',
    intro:
      'What was changed differently in two places, the app never decides by itself. Choose per conflict what stays.',
    empty: 'No open conflicts',
    fields: (n: number) =>
      n === 1 ? '1 field changed differently' : `${count.format(n)} fields changed differently`,
    openYouth: (label: string) => `${label}: choose on the youth's page`,
    duplicate: (clientRef: string) => `Client number ${clientRef} was created twice`,
    duplicateChoices: 'Choose: merge into one youth, or change the client number of one of them.',
    openLocal: (clientRef: string) => `Open youth ${clientRef} in this browser`,
  },
  duplicates: enSyncDuplicates,
}
