const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 })

/** 1.234.567 bytes → "1,2 MB" (decimal units, as disks and browsers report them). */
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

export const nlSecurity = {
  title: 'Beveiliging',
  backup: 'Back-up maken',
  backupFirst: 'Eerst een back-up maken',
  backupFailed: 'De back-up kon niet worden gemaakt. Probeer het opnieuw.',
  storage: {
    title: 'Opslag op dit apparaat',
    intro:
      'Alle gegevens staan alleen in deze browser op dit apparaat. Er gaat niets naar internet.',
    persisted:
      'Blijvende opslag: toegekend. De browser wist deze gegevens niet om ruimte te maken.',
    notPersisted:
      'Blijvende opslag: niet toegekend. Raakt de schijf vol, dan mag de browser deze gegevens wissen. Installeer de app of maak regelmatig een back-up.',
    persistUnknown: 'Deze browser kan niet laten weten of de opslag blijvend is.',
    requestPersist: 'Blijvende opslag aanvragen',
    usage: (used: number, quota: number) =>
      `In gebruik: ${bytes(used)} van de ${bytes(quota)} die de browser beschikbaar stelt (${percent.format(quota > 0 ? used / quota : 0)}).`,
    usageUnknown: 'Hoeveel opslag in gebruik is, kan deze browser niet laten weten.',
  },
  errors: {
    quota:
      'De opslag is vol: de wijziging is niet bewaard, ook niet half. Maak ruimte vrij op de schijf, probeer het opnieuw en maak daarna een back-up.',
    locked: 'De app is vergrendeld: er is niets bewaard. Ontgrendel en probeer het opnieuw.',
    closed:
      'Dit tabblad werkt niet meer met de gegevens omdat een ander tabblad het heeft overgenomen. Laad de pagina opnieuw.',
    version:
      'De opgeslagen gegevens horen bij een nieuwere versie van de app. Laad de pagina opnieuw.',
    decryption: 'Een opgeslagen gegeven kon niet worden ontsleuteld. Maak een back-up.',
  },
  update: {
    title: 'Nieuwe versie beschikbaar',
    body: 'Laad opnieuw wanneer het u uitkomt. Tot dan werkt u gewoon door met deze versie.',
    reload: 'Nu opnieuw laden',
    later: 'Later',
    offlineReady: 'Doorstroombord werkt nu ook zonder internetverbinding.',
  },
  blocked: {
    'newer-version': 'Er is een nieuwere versie geopend in een ander tabblad',
    deleted: 'De gegevens zijn in een ander tabblad gewist of vervangen',
    'encryption-changed': 'De versleuteling is in een ander tabblad aan- of uitgezet',
    body: 'Om uw gegevens heel te houden, werkt dit tabblad niet verder. Alles wat u hebt opgeslagen, blijft bewaard. Laad opnieuw om verder te werken.',
    openDialog:
      'Er staat nog een venster open. Wat u daarin hebt ingevuld maar niet opgeslagen, is na opnieuw laden weg. Neem het eerst over.',
    reload: 'Opnieuw laden',
    reviewFirst: 'Eerst mijn invoer overnemen',
    banner: 'Dit tabblad is gestopt. Opslaan lukt hier niet meer.',
  },
  errorScreen: {
    title: 'Dit scherm kon niet worden getoond',
    body: 'Er ging iets mis bij het tonen van dit scherm. Uw opgeslagen gegevens zijn niet aangetast.',
    advice: 'Maak voor de zekerheid een back-up en probeer het daarna opnieuw.',
    retry: 'Opnieuw proberen',
    toBoard: 'Naar het bord',
    details: 'Technische details',
    startup: 'Doorstroombord kon niet starten',
    reload: 'Opnieuw laden',
  },
  encryption: {
    title: 'Versleuteling',
    intro:
      'Versleutel roepnamen, toelichtingen, acties, uitstroomnotities, signalen en deelnemers met een wachtwoordzin. Wie zonder wachtwoordzin in de opslag van de browser kijkt, kan ze dan niet lezen.',
    statusOff: 'Versleuteling staat uit.',
    statusOn:
      'Versleuteling staat aan. Persoonlijke gegevens en vrije tekst zijn versleuteld opgeslagen.',
    warningTitle: 'Let op: vergeet u de wachtwoordzin, dan bent u de gegevens kwijt',
    warning:
      'Niemand kan een vergeten wachtwoordzin terughalen of de gegevens zonder wachtwoordzin openen, ook de beheerder niet. Maak daarom eerst een back-up en bewaar de wachtwoordzin op een veilige plek.',
    passphrase: 'Wachtwoordzin',
    passphraseHint: (min: number) =>
      `Minstens ${min} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`,
    repeat: 'Herhaal de wachtwoordzin',
    acknowledge:
      'Ik begrijp dat de gegevens niet meer te openen zijn als ik de wachtwoordzin vergeet',
    idleMinutes: 'Automatisch vergrendelen na (minuten)',
    idleHint: (min: string, max: string) =>
      `Na zoveel minuten zonder toetsenbord of muis vergrendelt de app zich. Van ${min} tot ${max}.`,
    enable: 'Versleuteling aanzetten',
    disable: 'Versleuteling uitzetten',
    disableHint: 'Alle gegevens worden weer onversleuteld opgeslagen.',
    currentPassphrase: 'Huidige wachtwoordzin',
    newPassphrase: 'Nieuwe wachtwoordzin',
    repeatNew: 'Herhaal de nieuwe wachtwoordzin',
    confirmPassphrase: 'Wachtwoordzin ter bevestiging',
    changePassphrase: 'Wachtwoordzin wijzigen',
    changeIdle: 'Vergrendeltijd wijzigen',
    lockNow: 'Nu vergrendelen',
    working: 'Bezig…',
    progress: (direction: 'encrypt' | 'decrypt', done: number, total: number) =>
      `${direction === 'encrypt' ? 'Versleutelen' : 'Ontsleutelen'}: ${number.format(done)} van ${number.format(total)} gegevens`,
    enabled: 'Versleuteling staat aan.',
    disabled: 'Versleuteling staat uit. Alle gegevens zijn weer onversleuteld opgeslagen.',
    passphraseChanged: 'De wachtwoordzin is gewijzigd.',
    idleSaved: (minutes: number) => `De app vergrendelt nu na ${number.format(minutes)} minuten.`,
    errors: {
      tooShort: (min: number) => `Wachtwoordzin: gebruik minstens ${min} tekens.`,
      mismatch: 'Herhaal de wachtwoordzin: deze is niet gelijk aan de eerste.',
      acknowledge: 'Bevestig dat u begrijpt dat een vergeten wachtwoordzin niet te herstellen is.',
      idle: (min: string, max: string) =>
        `Automatisch vergrendelen: vul een aantal minuten in van ${min} tot ${max}.`,
      wrongPassphrase: 'Deze wachtwoordzin klopt niet. Er is niets gewijzigd.',
      failed: 'Dat lukte niet. Er is niets verloren; probeer het opnieuw.',
    },
  },
  lock: {
    title: 'Vergrendeld',
    intro: 'Voer de wachtwoordzin in om verder te gaan.',
    passphrase: 'Wachtwoordzin',
    unlock: 'Ontgrendelen',
    checking: 'Bezig met controleren…',
    wrong: 'Deze wachtwoordzin klopt niet. Probeer het opnieuw.',
    resuming: 'Het versleutelen wordt afgemaakt…',
    forgotten: 'Wachtwoordzin vergeten?',
    forgottenBody:
      'Zonder wachtwoordzin zijn de gegevens niet te openen; niemand kan ze terughalen. U kunt alle gegevens van dit apparaat wissen en daarna een back-up terugzetten.',
    wipeConfirm: 'Ik wil alle gegevens van Doorstroombord op dit apparaat wissen',
    wipe: 'Alle gegevens wissen',
  },
}
