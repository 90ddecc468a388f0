const n = (value: number) => new Intl.NumberFormat('nl-NL').format(value)

export const nlBackup = {
  title: 'Back-up',
  intro:
    'Alle gegevens staan alleen in deze browser. Maak regelmatig een back-up en bewaar het bestand op een veilige plek, bijvoorbeeld de beveiligde netwerkschijf van uw organisatie.',
  lastBackup: (date: string) => `Laatste back-up: ${date}.`,
  neverBackedUp: 'In deze browser is nog geen back-up gemaakt.',
  make: 'Back-up maken',
  making: 'Back-up wordt gemaakt…',
  encrypt: 'Versleutelen met een wachtwoord',
  encryptHint:
    'Zonder dit wachtwoord kan niemand de back-up lezen, ook u niet. Bewaar het wachtwoord apart van het bestand.',
  encryptDefault: 'Versleuteling staat aan, dus ook de back-up wordt versleuteld.',
  plainWarning:
    'Let op: de gegevens in deze browser zijn versleuteld, maar deze back-up wordt dat niet. Wie het bestand heeft, kan alles lezen, ook namen en toelichtingen. Bewaar het alleen op een beveiligde plek.',
  passphrase: 'Wachtwoord voor de back-up',
  passphraseRepeat: 'Herhaal het wachtwoord',
  passphraseTooShort: 'Kies een wachtwoord van minstens 10 tekens.',
  passphraseMismatch: 'De twee wachtwoorden zijn niet gelijk.',
  made: (file: string) => `Back-up opgeslagen als ${file}.`,
  makeFailed: 'De back-up kon niet worden gemaakt. Er is niets gewijzigd; probeer het opnieuw.',
  restore: 'Back-up terugzetten',
  restoreIntro:
    'Kies een back-upbestand. Het hele bestand wordt eerst gecontroleerd; pas als u daarna bevestigt, verandert er iets.',
  file: 'Back-upbestand (.json)',
  filePassphrase: 'Wachtwoord van de back-up',
  mode: 'Hoe terugzetten?',
  modeReplace: 'Vervangen: alle huidige gegevens worden vervangen door die uit de back-up',
  modeMerge: 'Samenvoegen: per gegeven blijft de laatst gewijzigde versie staan',
  check: 'Bestand controleren',
  checking: 'Bezig met controleren…',
  restoring: 'Bezig met terugzetten…',
  checked: 'Het bestand is in orde.',
  summary: (date: string, version: string) => `Back-up van ${date}, gemaakt met versie ${version}.`,
  encryptedNote: 'De back-up was versleuteld met een wachtwoord.',
  contents: 'Inhoud van de back-up',
  tables: {
    youths: 'Jongeren',
    assessments: 'Beoordelingen van randvoorwaarden',
    settings: 'Instellingen',
    audit: 'Regels in de wijzigingsgeschiedenis',
    reviews: 'Besprekingen',
    reviewItems: 'Besproken jongeren',
    snapshots: 'Vastgelegde besprekingen',
    reportNotes: 'Signalen bij rapportages',
    exchangeFiles: 'Geladen uitwisselbestanden (Gemeente-overzicht)',
    agreements: 'Afspraken (Gemeente-overzicht)',
  } as Record<string, string>,
  replaceWarning: (count: number) =>
    `Let op: de ${n(count)} jongeren die nu in deze browser staan en alle andere huidige gegevens worden vervangen.`,
  mergeSummary: (added: number, replaced: number) =>
    `Samenvoegen voegt ${n(added)} gegevens toe en vervangt ${n(replaced)} door een nieuwere versie uit de back-up.`,
  conflictsTitle: (count: number) =>
    count === 1 ? '1 gegeven verschilt' : `${n(count)} gegevens verschillen`,
  conflictsIntro:
    'Deze gegevens staan zowel hier als in de back-up, met een verschillende inhoud. Per gegeven geldt de laatst gewijzigde versie.',
  noConflicts: 'Geen gegevens die zowel hier als in de back-up staan met een andere inhoud.',
  conflictWhat: 'Gegeven',
  conflictOutcome: 'Uitkomst',
  outcomes: {
    newer: 'De versie uit de back-up is nieuwer en komt ervoor in de plaats.',
    notNewer: 'De versie hier is nieuwer of even oud en blijft staan.',
    noTimestamp: 'Geen wijzigingsdatum om te vergelijken: de versie hier blijft staan.',
    clientRefTaken:
      'Dit cliëntnummer hoort hier bij een andere jongere: de jongere uit de back-up wordt niet toegevoegd.',
  },
  showMore: (count: number) => `Nog ${n(count)} verschillen tonen`,
  confirm: 'Back-up terugzetten',
  restored: 'De back-up is teruggezet.',
  merged: (added: number, replaced: number) =>
    `De back-up is samengevoegd: ${n(added)} gegevens toegevoegd, ${n(replaced)} vervangen.`,
  restoreFailed: 'Terugzetten is mislukt. Er is niets gewijzigd.',
  quota:
    'De back-up past niet in de opslag van deze browser (schijf vol). Er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.',
  problems: {
    notJson:
      'Dit bestand is beschadigd of onvolledig en kan niet worden gelezen. Er is niets gewijzigd.',
    notBackup:
      'Dit is geen back-upbestand van Doorstroombord. Kies een bestand dat met "Back-up maken" is gemaakt. Er is niets gewijzigd.',
    damaged: 'Dit back-upbestand is beschadigd: er ontbreken onderdelen. Er is niets gewijzigd.',
    incomplete:
      'Dit bestand is beschadigd of onvolledig: het einde van de back-up ontbreekt (bijvoorbeeld een afgebroken download of kopie). Er is niets gewijzigd.',
    partDamaged: (part: number) =>
      `Deel ${n(part)} van de back-up is na het maken gewijzigd, beschadigd of verplaatst. Er is niets gewijzigd.`,
    newerVersion: (version: number) =>
      `Deze back-up is gemaakt met een nieuwere versie van Doorstroombord (gegevensversie ${version}). Werk de app bij en probeer het opnieuw. Er is niets gewijzigd.`,
    passphraseRequired: 'Deze back-up is versleuteld. Vul het wachtwoord van de back-up in.',
    wrongPassphrase:
      'Het wachtwoord is onjuist, of het bestand is gewijzigd na het maken. Er is niets gewijzigd.',
    checksumMismatch:
      'De controlesom klopt niet: het bestand is na het maken gewijzigd of beschadigd. Er is niets gewijzigd.',
    unknownTable: (table: string) =>
      `Deze back-up bevat gegevens die deze versie niet kent ("${table}"). Er is niets gewijzigd.`,
    invalidRecord: (table: string, position: number, field: string) =>
      `Gegeven ${n(position)} bij "${table}" is ongeldig (veld ${field}). Er is niets gewijzigd.`,
    duplicateKey: (table: string, key: string) =>
      `${key} komt twee keer voor bij "${table}". Er is niets gewijzigd.`,
  },
  reminder: (date: string) =>
    `Uw laatste back-up is van ${date}, meer dan 30 dagen geleden. Maak een nieuwe, zodat u geen werk kwijtraakt.`,
  reminderNever:
    'U werkt al meer dan 30 dagen zonder back-up. Maak er een, zodat u geen werk kwijtraakt.',
  reminderAction: 'Nu een back-up maken',
  reminderLater: 'Later',
  reminderLabel: 'Herinnering back-up',
}
