import type { TeamKeyProblem } from '../../domain/sync/team-keys'

const count = new Intl.NumberFormat('nl-NL')

/** Instellingen › Samenwerken: the team's encryption and its key slots (docs/sync-design.md §7). */
export const nlTeamKeys = {
  title: 'Versleuteling van het team',
  encrypted:
    'Het team versleutelt zijn gegevens. De server ziet alleen versleutelde records: nummers, soorten en groottes, geen namen, cliëntnummers, notities of statussen.',
  notEncrypted:
    'Het team versleutelt niet. De server, en wie hem beheert, kan alle gegevens van het team lezen. Bereik de server alleen via een beveiligde verbinding (https).',
  notConnected: 'Verbind deze browser eerst met een team.',
  enable: 'Versleuteling voor het team aanzetten',
  enableHint:
    'De sleutel van deze browser wordt de sleutel van het team. Daarna geeft u elk teamlid een eigen sleutel.',
  enableLocalOn: 'Vul de wachtwoordzin in waarmee u deze app ontgrendelt.',
  enableLocalOff:
    'Deze browser versleutelt nog niet: kies een wachtwoordzin. Daarmee ontgrendelt u voortaan de app en de sleutel van het team.',
  enabled: 'Het team versleutelt nu zijn gegevens.',
  progress: (done: number, total: number) =>
    `Bezig met de gegevens in deze browser: ${count.format(done)} van ${count.format(total)} records. Laat dit tabblad open.`,
  passphrase: 'Wachtwoordzin',
  repeatPassphrase: 'Wachtwoordzin herhalen',
  join: 'Teamsleutel openen',
  joinHint:
    'Een teamlid heeft een sleutel voor u klaargezet. Vul de eenmalige wachtwoordzin in die u persoonlijk kreeg, en kies een eigen wachtwoordzin.',
  oneTimePassphrase: 'Eenmalige wachtwoordzin',
  ownPassphrase: 'Eigen wachtwoordzin',
  ownPassphraseHint: (min: number) =>
    `Minstens ${min} tekens. Hiermee ontgrendelt u voortaan de app; de eenmalige wachtwoordzin werkt daarna niet meer.`,
  joined: 'De teamsleutel is geopend. Deze browser gebruikt voortaan uw eigen wachtwoordzin.',
  addSlot: 'Sleutel toevoegen voor een teamlid',
  member: 'Gebruikersnaam van het teamlid',
  memberHint: 'Precies zoals het teamlid inlogt op de server.',
  slotAdded: (member: string) => `Sleutel toegevoegd voor ${member}.`,
  showOnce: (member: string) => `Eenmalige wachtwoordzin voor ${member}`,
  showOnceGuidance: (member: string) =>
    `Geef deze wachtwoordzin persoonlijk door aan ${member}: niet per e-mail, chat of sms. Hij wordt nergens bewaard en is hierna niet meer te zien. Bij de eerste keer openen kiest ${member} een eigen wachtwoordzin.`,
  handedOver: 'Doorgegeven, verbergen',
  members: 'Teamleden met een sleutel',
  you: '(u)',
  waiting: 'wacht op de eerste keer openen',
  addedBy: (by: string) => `toegevoegd door ${by}`,
  remove: 'Verwijderen',
  removeConfirm: (member: string) =>
    `Sleutel van ${member} verwijderen? Met een nieuwe browser kan ${member} de gegevens van het team dan niet meer openen. Wat ${member} al heeft gekopieerd of op een eigen apparaat heeft staan, haalt dit niet terug. Haal ${member} ook bij de beheerder van de server uit het team.`,
  removed: (member: string) => `De sleutel van ${member} is verwijderd.`,
  errors: {
    required: 'Vul dit veld in.',
    short: (min: number) => `Gebruik minstens ${min} tekens.`,
    mismatch: 'De twee wachtwoordzinnen zijn niet gelijk.',
    wrongPassphrase: 'Deze wachtwoordzin klopt niet. Er is niets gewijzigd.',
    member: 'Vul een gebruikersnaam in van hoogstens 100 tekens, zonder regeleinden.',
    failed: 'Dat lukte niet. Er is niets gewijzigd; probeer het opnieuw.',
    problems: {
      'not-encrypted': 'Het team versleutelt niet.',
      'already-encrypted': 'Het team versleutelt al.',
      locked: 'Ontgrendel eerst de app met uw wachtwoordzin. Er is niets gewijzigd.',
      'no-slot': 'Er is nog geen sleutel voor u. Vraag een teamlid om er een toe te voegen.',
      'own-passphrase-needed': 'Kies een eigen wachtwoordzin.',
      'slot-exists': 'Dit teamlid heeft al een sleutel.',
      'own-slot': 'Uw eigen sleutel kunt u hier niet verwijderen.',
      'damaged-slot':
        'Deze sleutel is beschadigd. Vraag een teamlid om hem te verwijderen en opnieuw toe te voegen.',
    } satisfies Record<TeamKeyProblem, string>,
  },
}
