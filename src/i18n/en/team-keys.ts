import type { TeamKeyProblem } from '../../domain/sync/team-keys'
import type { nlTeamKeys } from '../nl/team-keys'

const count = new Intl.NumberFormat('en-GB')

export const enTeamKeys: typeof nlTeamKeys = {
  title: 'Team encryption',
  encrypted:
    'The team encrypts its data. The server sees only encrypted records: ids, kinds and sizes, no names, client numbers, notes or statuses.',
  notEncrypted:
    'The team does not encrypt. The server, and whoever runs it, can read all of the team’s data. Reach the server only over a secure connection (https).',
  notConnected: 'Connect this browser to a team first.',
  enable: 'Turn on encryption for the team',
  enableHint:
    'This browser’s key becomes the team’s key. Then give every team member a key of their own.',
  enableLocalOn: 'Enter the passphrase you unlock this app with.',
  enableLocalOff:
    'This browser does not encrypt yet: choose a passphrase. From now on it unlocks the app and the team’s key.',
  enabled: 'The team now encrypts its data.',
  progress: (done: number, total: number) =>
    `Working on the data in this browser: ${count.format(done)} of ${count.format(total)} records. Keep this tab open.`,
  passphrase: 'Passphrase',
  repeatPassphrase: 'Repeat passphrase',
  join: 'Open the team key',
  joinHint:
    'A team member has prepared a key for you. Enter the one-time passphrase you were given in person, and choose a passphrase of your own.',
  oneTimePassphrase: 'One-time passphrase',
  ownPassphrase: 'Your own passphrase',
  ownPassphraseHint: (min: number) =>
    `At least ${min} characters. From now on it unlocks the app; the one-time passphrase stops working.`,
  joined: 'The team key is open. This browser now uses your own passphrase.',
  addSlot: 'Add a key for a team member',
  member: 'User name of the team member',
  memberHint: 'Exactly as the team member logs in to the server.',
  slotAdded: (member: string) => `Key added for ${member}.`,
  showOnce: (member: string) => `One-time passphrase for ${member}`,
  showOnceGuidance: (member: string) =>
    `Hand this passphrase to ${member} in person: not by e-mail, chat or text message. It is not stored anywhere and cannot be shown again. On first opening, ${member} chooses a passphrase of their own.`,
  handedOver: 'Handed over, hide',
  members: 'Team members with a key',
  you: '(you)',
  waiting: 'waiting to be opened for the first time',
  addedBy: (by: string) => `added by ${by}`,
  remove: 'Remove',
  removeConfirm: (member: string) =>
    `Remove ${member}’s key? ${member} can then no longer open the team’s data in a new browser. This does not take back what ${member} already copied or has on their own device. Also ask the server’s administrator to remove ${member} from the team.`,
  removed: (member: string) => `${member}’s key was removed.`,
  errors: {
    required: 'Fill in this field.',
    short: (min: number) => `Use at least ${min} characters.`,
    mismatch: 'The two passphrases differ.',
    wrongPassphrase: 'This passphrase is wrong. Nothing was changed.',
    member: 'Enter a user name of at most 100 characters, without line breaks.',
    failed: 'That did not work. Nothing was changed; please try again.',
    problems: {
      'not-encrypted': 'The team does not encrypt.',
      'already-encrypted': 'The team already encrypts.',
      locked: 'Unlock the app with your passphrase first. Nothing was changed.',
      'no-slot': 'There is no key for you yet. Ask a team member to add one.',
      'own-passphrase-needed': 'Choose a passphrase of your own.',
      'slot-exists': 'This team member already has a key.',
      'own-slot': 'You cannot remove your own key here.',
      'damaged-slot': 'This key is damaged. Ask a team member to remove it and add it again.',
    } satisfies Record<TeamKeyProblem, string>,
  },
}
