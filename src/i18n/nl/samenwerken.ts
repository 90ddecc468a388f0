import { nlSyncDuplicates } from './sync-duplicates'
import type { SyncErrorReason, SyncWaitReason } from '../../domain/sync/types'
import type { TeamNameProblem, UserNameProblem } from '../../domain/sync/connect-input'

const count = new Intl.NumberFormat('nl-NL')

/**
 * Instellingen › Samenwerken. Loaded with the section, not with the first screen (the header's
 * words are in ./sync.ts).
 */
export const nlSamenwerken = {
  title: 'Samenwerken',
  intro:
    'Verbind deze browser met de server van uw team: dan werkt het hele team op één bord. Zonder netwerk werkt de app gewoon door; wijzigingen gaan mee zodra er weer verbinding is.',
  serverNote:
    'De server wordt bereikt via deze app zelf (/db/). Zonder versleuteling ziet de server, en wie hem beheert, de gegevens.',
  team: 'Team',
  teamHint:
    'De naam die de beheerder gaf: kleine letters, cijfers, _ en -, beginnend met een letter.',
  username: 'Gebruikersnaam',
  password: 'Wachtwoord',
  connect: 'Verbinden',
  connecting: 'Bezig met verbinden…',
  connected: (team: string) => `Verbonden met team ${team}.`,
  teamProblems: {
    required: 'Vul de naam van het team in.',
    uppercase: 'Gebruik alleen kleine letters.',
    firstLetter: 'Begin met een letter (a tot en met z).',
    characters: 'Gebruik alleen kleine letters, cijfers, _ en -; geen spaties.',
    tooLong: 'Gebruik hoogstens 64 tekens.',
  } satisfies Record<TeamNameProblem, string>,
  userProblems: {
    required: 'Vul uw gebruikersnaam in.',
    colon: 'Een gebruikersnaam mag geen : bevatten.',
  } satisfies Record<UserNameProblem, string>,
  passwordRequired: 'Vul uw wachtwoord in.',
  /** Why Verbinden or Opnieuw inloggen failed; nothing was changed. */
  connectErrors: {
    login: 'Inloggen lukte niet: de gebruikersnaam of het wachtwoord klopt niet.',
    forbidden:
      'U hebt geen toegang tot dit team: het bestaat niet op de server, of u bent er geen lid van. Vraag de beheerder van de server om toegang.',
    unreachable:
      'De server is niet bereikbaar. Controleer de netwerkverbinding en probeer het opnieuw; er is niets gewijzigd.',
    refused: 'De server weigerde gegevens van deze browser. Ze blijven hier bewaard.',
    'newer-layout':
      'Op de server staan gegevens van een nieuwere versie van de app: werk de app bij en probeer het opnieuw. Er is niets overschreven.',
    'disk-full':
      'De opslag van deze browser is vol, dus de gegevens van het team passen er niet in. Maak ruimte vrij en probeer het opnieuw.',
    'encrypted-here':
      'Deze browser versleutelt zijn gegevens, maar het team niet: verbinden zou ze leesbaar naar de server sturen. Laat een teamlid eerst versleuteling voor het team aanzetten. Er is niets verstuurd.',
    'locked-here':
      'Deze browser versleutelt zijn gegevens en is vergrendeld. Ontgrendel eerst de app met uw wachtwoordzin en verbind dan opnieuw. Er is niets verstuurd.',
    sealed:
      'Een versleuteld record van de server opent niet met de teamsleutel: het is onderweg gewijzigd of verplaatst. Er is niets overgenomen.',
  } satisfies Record<SyncErrorReason, string>,
  /** Why sync stopped after it was connected (Samenwerken, beside the state); the board works on. */
  stateErrors: {
    login: 'De sessie is verlopen of het wachtwoord is gewijzigd: log opnieuw in.',
    forbidden:
      'U hebt geen rechten (meer) voor dit team. Vraag de beheerder van de server om toegang; intussen werkt de app gewoon door en blijven uw wijzigingen hier bewaard.',
    unreachable:
      'De server is niet bereikbaar. De app werkt gewoon door; wijzigingen gaan mee zodra de server weer antwoordt.',
    refused:
      'De server weigerde gegevens van deze browser. Ze blijven hier bewaard; vraag de beheerder wat er mis is.',
    'newer-layout':
      'Op de server staan gegevens van een nieuwere versie van de app. Werk de app bij; tot dan blijven die gegevens onaangeroerd.',
    'disk-full':
      'De opslag van deze browser is vol. Maak ruimte vrij (Opslag op dit apparaat); tot dan wachten uw wijzigingen.',
    'encrypted-here':
      'Deze browser versleutelt zijn gegevens, maar het team niet. Zet hieronder versleuteling voor het team aan; tot dan gaat er niets naar de server.',
    'locked-here': 'Ontgrendel de app met uw wachtwoordzin; tot dan wacht het samenwerken.',
    sealed:
      'Een versleuteld record van de server opent niet met de teamsleutel: het is onderweg gewijzigd of verplaatst (door de server of iemand met toegang tot de server). Het is niet overgenomen; de rest gaat gewoon door. Meld het aan de beheerder.',
  } satisfies Record<SyncErrorReason, string>,
  /** Why sync waits for a key (Samenwerken, beside the state); nothing is lost meanwhile. */
  waitTexts: {
    unlock:
      'Deze browser versleutelt zijn gegevens en is vergrendeld. Ontgrendel de app met uw wachtwoordzin; tot dan wachten uw wijzigingen hier.',
    migrating:
      'De gegevens in deze browser worden versleuteld of ontsleuteld. Laat dit tabblad open; daarna gaat het samenwerken verder.',
    'team-key':
      'Het team versleutelt zijn gegevens. Open hieronder de teamsleutel met de eenmalige wachtwoordzin die u kreeg; tot dan wordt er niets leesbaar gemaakt en gaat er niets van deze browser naar het team.',
    'encrypted-here':
      'Deze browser versleutelt zijn gegevens, maar het team niet. Zet hieronder versleuteling voor het team aan; tot dan gaat er niets naar de server.',
  } satisfies Record<SyncWaitReason, string>,
  sealedDetail: (id: string) => `Record: ${id}`,
  refusedDetail: (detail: string) => `Reden van de server: ${detail}`,
  panel: {
    team: 'Team',
    user: 'Gebruiker',
    state: 'Status',
    since: 'Verbonden sinds',
    off: 'Niet verbonden',
  },
  disconnect: 'Verbinding verbreken',
  disconnectTitle: 'Verbinding met het team verbreken?',
  disconnectText:
    'Deze browser wisselt dan niets meer uit met de server. De gegevens in deze browser blijven staan. Wijzigingen die nog wachten, gaan niet meer naar het team.',
  disconnected: 'De verbinding is verbroken. De gegevens in deze browser zijn bewaard.',
  disconnectFailed: 'Verbinding verbreken lukte niet. Probeer het opnieuw.',
  loginAgain: 'Opnieuw inloggen',
  loginAgainIntro: (user: string) =>
    `De sessie is verlopen of het wachtwoord is gewijzigd. Vul het wachtwoord van ${user} opnieuw in; intussen werkt de app gewoon door.`,
  loggedIn: 'U bent weer ingelogd.',
  first: {
    title: 'Dit team heeft al gegevens',
    intro:
      'Zowel deze browser als het team heeft al gegevens. Kies wat er gebeurt; zonder uw keuze wordt er niets gemengd.',
    local: 'In deze browser',
    team: 'Bij het team',
    youths: (n: number) => (n === 1 ? '1 jongere' : `${count.format(n)} jongeren`),
    onBoth: (n: number) =>
      n === 0
        ? 'Geen cliëntnummer komt aan beide kanten voor.'
        : n === 1
          ? '1 cliëntnummer komt aan beide kanten voor:'
          : `${count.format(n)} cliëntnummers komen aan beide kanten voor:`,
    merge: 'Mijn gegevens toevoegen aan het team',
    mergeHint:
      'Uw jongeren, besprekingen en geschiedenis komen bij die van het team. Een cliëntnummer dat aan beide kanten voorkomt, verschijnt onder Conflicten: daar kiest u per jongere.',
    replace: 'Gegevens van het team overnemen',
    replaceHint:
      'De gegevens in deze browser worden vervangen door die van het team. Maak eerst een back-up van wat hier staat.',
    replaceConfirm: 'Ja, vervang de gegevens in deze browser',
    replaceWarning:
      'Alles wat nu in deze browser staat, wordt vervangen. Met de back-up kunt u het later terugzetten.',
    back: 'Terug',
    cancel: 'Nog niet verbinden',
  },
  conflicts: {
    title: 'Conflicten',
    intro:
      'Wat op twee plaatsen verschillend is gewijzigd, beslist de app nooit zelf. Kies per conflict wat blijft.',
    empty: 'Geen open conflicten',
    fields: (n: number) =>
      n === 1
        ? '1 veld verschillend gewijzigd'
        : `${count.format(n)} velden verschillend gewijzigd`,
    openYouth: (label: string) => `${label}: kiezen op de pagina van de jongere`,
    duplicate: (clientRef: string) => `Cliëntnummer ${clientRef} is twee keer aangemaakt`,
    duplicateChoices:
      'Kies: samenvoegen tot één jongere, of bij één van beide het cliëntnummer wijzigen.',
    openLocal: (clientRef: string) => `Open jongere ${clientRef} in deze browser`,
  },
  duplicates: nlSyncDuplicates,
}
