import { formatDutchDate } from '../../domain/dates'
import { numberFormats } from '../../domain/report/format'

const n = numberFormats('nl-NL')
const d = formatDutchDate
const providers = (count: number) => `${n.count(count)} ${count === 1 ? 'aanbieder' : 'aanbieders'}`
/** A euro amount whose sign never wraps onto a line of its own. */
const euro = (amount: number) => `€\u00a0${n.decimal(amount, 2)}`

/** Gemeente-overzicht: change since the previous ronde, costs, klaar maar vast (issue 21). */
export const nlMunicipalFigures = {
  euro,
  signed: (delta: number) =>
    delta > 0 ? `+${n.count(delta)}` : delta < 0 ? `−${n.count(-delta)}` : '0',
  signedEuro: (delta: number) =>
    delta > 0 ? `+${euro(delta)}` : delta < 0 ? `−${euro(-delta)}` : euro(0),
  direction: (delta: number): string => (delta > 0 ? 'meer' : delta < 0 ? 'minder' : 'gelijk'),
  tileChange: (signed: string, direction: string) => `${signed} (${direction}) sinds vorige ronde`,
  tileChangeNb: 'verandering sinds vorige ronde: n.b.',
  basis: (ronde: string, common: number) =>
    `Verandering sinds de vorige ronde (${d(ronde)}): alleen de ${providers(common)} die in beide rondes een bestand leverden, zodat gelijk met gelijk wordt vergeleken.`,
  notCompared: (names: string) => `Niet in de vergelijking: ${names}.`,
  onlyNow: (name: string) => `${name} (alleen deze ronde)`,
  onlyBefore: (name: string) => `${name} (alleen vorige ronde)`,
  noPrevious: 'Geen vorige ronde om mee te vergelijken.',
  cost: {
    inPeriod: 'Kosten in deze periode',
    inPeriodNote: (days: number) =>
      `${n.count(days)} dagen over de beoogde uitstroomdatum binnen de periode × dagtarief`,
    since: 'Kosten sinds de beoogde uitstroomdatum',
    sinceNote: (days: number) =>
      `alle ${n.count(days)} dagen sinds elke beoogde uitstroomdatum × dagtarief`,
    providerLine: (amount: string) => `${amount} sinds uitstroomdatum`,
    providerInPeriodLine: (amount: string) => `${amount} in deze periode`,
    providerInPeriodNb: 'in deze periode: n.b. (bestand van versie 1)',
    provider: 'Kosten sinds uitstroomdatum',
    providerInPeriod: 'Kosten in deze periode',
    youthNoTariff: 'geen dagtarief',
    youthNb: 'n.b.',
    youthNbReason: 'bestand van versie 1 zegt niet hoeveel dagen in de periode vallen',
    youthNone: 'geen kosten: niet over de beoogde uitstroomdatum',
  },
  stuck: {
    title: 'Klaar maar vast',
    intro:
      'Jongeren over hun beoogde uitstroomdatum, geteld naar de randvoorwaarde die hen tegenhoudt (rood of oranje). Wie door twee wordt tegengehouden, telt bij beide.',
    filter: 'Klaar maar vast',
    own: 'Eigen randvoorwaarde van de aanbieder',
    none: 'Geen open randvoorwaarde',
    overdue: 'Over uitstroomdatum',
    provider: 'Aanbieder',
    total: 'Alle aanbieders',
    arrangement: 'Verblijfsvorm',
    placed: 'Geplaatst',
    share: 'Aandeel',
    inflowAge: 'Gemiddelde leeftijd bij instroom (jaren)',
    inflowAgeNote: (youths: number) =>
      `over ${n.count(youths)} ${youths === 1 ? 'jongere' : 'jongeren'} met een plaatsingsdatum in de periode`,
    empty: 'Geen jongeren over hun beoogde uitstroomdatum.',
  },
  column: 'Sinds vorige ronde (zelfde aanbieders)',
  diff: (status: string) => `± ${status}`,
  trend: {
    changeRood: '± rood (zelfde aanbieders)',
    changePlaced: '± geplaatst (zelfde aanbieders)',
    differ: 'Andere aanbieders dan de ronde ervoor',
    same: 'dezelfde',
    joined: (names: string) => `nieuw: ${names}`,
    left: (names: string) => `niet meer: ${names}`,
    basis:
      'Elke ronde telt alle bestanden die in die ronde zijn geleverd. De ±-kolommen vergelijken met de ronde ervoor alleen de aanbieders die in beide rondes leverden; de laatste kolom noemt de aanbieders die verschillen.',
  },
}
