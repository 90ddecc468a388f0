import { formatDutchDate } from '../../domain/dates'
import { numberFormats } from '../../domain/report/format'

const n = numberFormats('nl-NL')
const d = formatDutchDate
const youths = (count: number) => `${n.count(count)} ${count === 1 ? 'jongere' : 'jongeren'}`
const files = (count: number) => `${n.count(count)} ${count === 1 ? 'bestand' : 'bestanden'}`
const providers = (count: number) => `${n.count(count)} ${count === 1 ? 'aanbieder' : 'aanbieders'}`

/** Gemeente-overzicht: the screens (page, loading, Overzicht, Per aanbieder, Signalen). */
export const nlMunicipal = {
  title: 'Gemeente-overzicht',
  intro:
    'De uitwisselbestanden van de zorgaanbieders, per ronde samengevoegd tot één beeld voor uw gemeente of jeugdregio.',
  loading: 'Het overzicht wordt berekend…',
  choose: 'Ronde en gemeente kiezen',
  ronde: 'Ronde',
  rondeOption: (date: string, provisional: boolean) =>
    `${d(date)}${provisional ? ' (voorlopig)' : ''}`,
  selection: 'Gemeente of jeugdregio',
  selectionAll: 'Alle gemeenten',
  selectionOwn: (name: string) => `${name} (eigen keuze uit Instellingen)`,
  municipalities: 'Gemeenten',
  regions: "Jeugdregio's",
  region: (name: string) => `Jeugdregio ${name}`,
  windowLine: (start: string, end: string) => `Peildata van ${d(start)} t/m ${d(end)}`,
  provisional: 'Voorlopig',
  provisionalNote:
    'De rondedatum ligt na vandaag: aanbieders kunnen nog leveren, de cijfers zijn voorlopig.',
  providersLine: (delivered: number, missing: number) =>
    `${providers(delivered)} met een bestand${missing > 0 ? `, ${n.count(missing)} ontbreekt` : ''}`,
  sections: 'Onderdelen van het overzicht',
  tabs: {
    overview: 'Overzicht',
    providers: 'Per aanbieder',
    youths: 'Jongeren',
    trend: 'Trend',
    signals: 'Signalen',
    agreements: 'Afspraken',
  },
  noProviders:
    'Geen aanbieder heeft in deze ronde een bestand voor deze keuze. Kies een andere ronde of gemeente.',
  missingTitle: 'Ontbreekt in deze ronde',
  missingIntro:
    'Deze aanbieders leverden eerder, maar niet in het venster van deze ronde. Voor hen worden geen cijfers bedacht.',
  missingItem: (provider: string, peildatum: string) =>
    `${provider} — laatste peildatum ${d(peildatum)}`,
  actions: {
    label: 'Laden, afdrukken en exporteren',
    load: 'Uitwisselbestanden laden',
    sample: 'Voorbeeldbestanden laden',
    print: 'Afdrukken',
    exportExcel: 'Exporteren naar Excel',
    exportCsv: 'Exporteren als CSV',
    busyExcel: 'Excel-bestand wordt gemaakt…',
    busyCsv: 'CSV-bestand wordt gemaakt…',
    busySample: 'Voorbeeldbestanden worden geladen…',
    downloaded: (fileName: string) => `Gedownload: ${fileName}`,
    failedExcel: 'Het Excel-bestand kon niet worden gemaakt. Probeer het opnieuw.',
    failedCsv: 'Het CSV-bestand kon niet worden gemaakt. Probeer het opnieuw.',
  },
  sample: {
    loaded: (count: number) => `${files(count)} met fictieve aanbieders geladen.`,
    refused:
      'Er zijn al uitwisselbestanden van echte aanbieders geladen. Voorbeeldbestanden worden daar niet mee gemengd.',
    failed: 'De voorbeeldbestanden konden niet worden geladen. Er is niets gewijzigd.',
    downloadTitle: 'Voorbeeldbestanden downloaden',
    downloadIntro:
      'Dezelfde fictieve bestanden, om het laden met de hand te proberen: download er een paar en laad ze met Uitwisselbestanden laden.',
    downloadRonde: (date: string) => `Ronde ${d(date)}`,
    downloadFile: (fileName: string) => `${fileName} downloaden`,
  },
  empty: {
    title: 'Nog geen uitwisselbestanden geladen',
    lead: 'Het Gemeente-overzicht is voor de accountmanager of contractmanager jeugd van een gemeente of jeugdregio.',
    points: [
      'Zorgaanbieders maken in hun Rapportage een uitwisselbestand (.json) en sturen dat naar de gemeente.',
      'Hier laadt u de bestanden van alle aanbieders en rondes tegelijk. Ze blijven in deze browser (versleuteld als dat aan staat) en worden nooit vermengd met eigen jongeren.',
      'Per ronde ziet u één beeld: stoplicht, knelpunten, wie moet handelen, 18+ en dagen verblijf langer dan nodig, per aanbieder met de eigen peildatum.',
    ],
    tryIt: 'Nog geen bestanden? Probeer het met fictieve aanbieders.',
  },
  load: {
    title: 'Uitwisselbestanden laden',
    description:
      'Kies een of meer uitwisselbestanden (.json). Elk bestand wordt eerst helemaal gecontroleerd; er wordt pas iets opgeslagen als u op Laden klikt.',
    file: 'Bestanden kiezen',
    fileHint: 'Meerdere bestanden tegelijk mag. Alleen .json-bestanden.',
    drop: 'Of sleep de bestanden hierheen',
    dropActive: 'Laat los om te controleren',
    reading: (done: number, total: number) =>
      `Bestanden controleren: ${n.count(done)} van ${n.count(total)}`,
    resultTitle: 'Controle',
    summary: (fresh: number, replacing: number, refused: number, double: number) =>
      [
        fresh > 0 ? `${n.count(fresh)} nieuw` : '',
        replacing > 0 ? `${n.count(replacing)} vervangt een eerder bestand` : '',
        refused > 0 ? `${n.count(refused)} geweigerd` : '',
        double > 0 ? `${n.count(double)} dubbel` : '',
      ]
        .filter(Boolean)
        .join(', ') + '.',
    outcome: {
      new: 'Nieuw: wordt geladen',
      replaces: (fileName: string, loadedAt: string) =>
        `Vervangt een eerder geladen bestand (${fileName}, geladen op ${loadedAt})`,
      refused: 'Geweigerd',
      duplicate: (sameAs: string) =>
        `Dubbel in deze selectie: dezelfde aanbieder, hetzelfde gebied en dezelfde peildatum als ${sameAs}. Niet geladen.`,
      stored: 'Geladen',
    },
    fileDetails: (provider: string, scope: string, peildatum: string, count: number) =>
      `${provider} · ${scope} · peildatum ${d(peildatum)} · ${youths(count)}`,
    confirmReplace: 'Vervangen',
    refusedNote: 'Een geweigerd bestand verandert niets.',
    store: (count: number) =>
      count === 0 ? 'Laden' : count === 1 ? '1 bestand laden' : `${files(count)} laden`,
    nothingToStore: 'Er is niets om te laden.',
    storing: 'Bezig met opslaan…',
    stored: (count: number) => `${files(count)} geladen.`,
    storeFailed: 'Opslaan is mislukt. Er is niets gewijzigd.',
    chooseOther: 'Andere bestanden kiezen',
    done: 'Klaar',
    unreadable: 'Het bestand kon niet worden gelezen.',
  },
  overview: {
    keyFigures: 'Kerncijfers',
    stoplight: 'Stoplicht',
    bottlenecks: 'Knelpunten',
    owners: 'Wie moet handelen',
    eighteen: '18+',
    overdue: 'Dagen verblijf langer dan nodig',
    tablesTitle: 'Alle tabellen',
    providersTitle: 'Aanbieders en hun peildata',
    placed: 'Geplaatste jongeren',
    rood: 'Totaalstatus rood',
    inflow: 'Instroom',
    outflow: 'Uitstroom',
    overdueYouths: 'Over beoogde uitstroomdatum',
    overdueDays: (days: number) => `${n.count(days)} dagen samen`,
    eighteen12: '18 binnen 12 maanden, zonder groen Toekomstplan',
    eighteen6: '18 binnen 6 maanden, zonder groen Toekomstplan',
    eighteenOf: (count: number) => `van ${youths(count)}`,
    share: (share: number) => `${n.percent(share)} van de geplaatste jongeren`,
    nb: 'n.b.',
    nbSee: 'niet bekend voor deze keuze; zie onder de cijfers',
    cost: 'Kosten van die dagen',
    costNote: (youthCount: number) => `over ${youths(youthCount)} met een dagtarief`,
    withoutTariff: (youthCount: number, days: number) =>
      `${youths(youthCount)} (${n.count(days)} dagen) van een verblijfsvorm zonder dagtarief: geteld, niet geprijsd.`,
    stoplightFigure:
      'Totaalstatus van de geplaatste jongeren, nu en in de vorige ronde (zelfde aanbieders)',
    stoplightNow: 'Nu',
    stoplightPrevious: 'Vorige ronde, zelfde aanbieders',
    stoplightNowSame: 'Nu, zelfde aanbieders',
    codeSentence: (count: number, code: string, label: string, providerCount: number) =>
      `${youths(count)} met ${code}${label ? ` (${label})` : ''}, bij ${providers(providerCount)}`,
    noCodes: 'Geen knelpunten vastgelegd.',
    notInFile: 'Niet in het bestand',
  },
  providers: {
    caption: 'Per aanbieder',
    sortBy: (column: string) => `Sorteren op ${column}`,
    open: (provider: string) => `Rapportage van ${provider} openen`,
    bar: (rood: number, oranje: number, onbekend: number, groen: number) =>
      `${n.count(rood)} rood, ${n.count(oranje)} oranje, ${n.count(onbekend)} onbekend, ${n.count(groen)} groen`,
    better: (count: number) => `${n.count(count)} beter`,
    worse: (count: number) => `${n.count(count)} slechter`,
    overdueYouths: (count: number) => youths(count),
    overdueDays: (days: number) => `${n.count(days)} ${days === 1 ? 'dag' : 'dagen'}`,
    yes: 'ja',
    no: 'nee',
    none: '—',
    missing: 'ontbreekt',
    missingNote: (peildatum: string) =>
      `Geen bestand in deze ronde; laatste peildatum ${d(peildatum)}`,
    columns: {
      provider: 'Aanbieder',
      peildatum: 'Peildatum',
      placed: 'Geplaatst',
      totalStatus: 'Totaalstatus',
      change: 'Verandering',
      overdue: 'Over uitstroomdatum',
      topCode: 'Meest voorkomend knelpunt',
      signals: 'Signalen',
    },
  },
  providerReport: {
    back: 'Terug naar Per aanbieder',
    title: (provider: string) => `Rapportage van ${provider}`,
    source: (fileName: string, loadedAt: string) =>
      `Uit het uitwisselbestand ${fileName}, geladen op ${loadedAt}. Alle cijfers zijn die van de aanbieder zelf.`,
    eighteenNote:
      'De lijst van jongeren die binnen 12 maanden 18 worden staat niet in een uitwisselbestand; hun leeftijd staat in de jongerenlijst.',
    signals: 'Signalen van de aanbieder',
    noSignals: 'Geen signalen in dit bestand.',
  },
  signals: {
    title: 'Signalen van de aanbieders',
    empty: 'Geen aanbieder heeft in deze ronde signalen meegestuurd.',
    from: (provider: string, peildatum: string, scope: string) =>
      `${provider} · peildatum ${d(peildatum)} · ${scope}`,
    makeAgreement: 'Afspraak maken',
    makeAgreementLabel: (provider: string) => `Afspraak maken met ${provider} over dit signaal`,
    reasonCode: (code: string) => `Knelpunt ${code}`,
  },
  rondeHeading: (selection: string, ronde: string) => `${selection} — ronde ${d(ronde)}`,
  printHeading: (selection: string, ronde: string) =>
    `Gemeente-overzicht — ${selection} — ronde ${d(ronde)}`,
}
