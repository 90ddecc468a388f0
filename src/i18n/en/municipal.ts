import { formatDutchDate } from '../../domain/dates'
import { numberFormats } from '../../domain/report/format'
import type { nlMunicipal } from '../nl/municipal'

const n = numberFormats('en-GB')
const d = formatDutchDate
const youths = (count: number) => `${n.count(count)} ${count === 1 ? 'youth' : 'youths'}`
const files = (count: number) => `${n.count(count)} ${count === 1 ? 'file' : 'files'}`
const providers = (count: number) => `${n.count(count)} ${count === 1 ? 'provider' : 'providers'}`

export const enMunicipal: typeof nlMunicipal = {
  title: 'Municipal overview',
  intro:
    "The providers' exchange files, combined per round into one picture for your municipality or youth region.",
  loading: 'Working out the overview…',
  choose: 'Choose round and municipality',
  ronde: 'Round',
  rondeOption: (date, provisional) => `${d(date)}${provisional ? ' (provisional)' : ''}`,
  selection: 'Municipality or youth region',
  selectionAll: 'All municipalities',
  selectionOwn: (name) => `${name} (your choice in Settings)`,
  municipalities: 'Municipalities',
  regions: 'Youth regions',
  region: (name) => `Youth region ${name}`,
  windowLine: (start, end) => `Reference dates from ${d(start)} to ${d(end)}`,
  provisional: 'Provisional',
  provisionalNote:
    'The round date is after today: providers may still deliver, the figures are provisional.',
  providersLine: (delivered, missing) =>
    `${providers(delivered)} with a file${missing > 0 ? `, ${n.count(missing)} missing` : ''}`,
  sections: 'Parts of the overview',
  tabs: {
    overview: 'Overview',
    providers: 'Per provider',
    youths: 'Youths',
    trend: 'Trend',
    signals: 'Signals',
    agreements: 'Agreements',
  },
  noProviders:
    'No provider has a file for this choice in this round. Choose another round or municipality.',
  missingTitle: 'Missing in this round',
  missingIntro:
    'These providers delivered before, but not in the window of this round. No figures are made up for them.',
  missingItem: (provider, peildatum) => `${provider} — last reference date ${d(peildatum)}`,
  actions: {
    label: 'Load, print and export',
    load: 'Load exchange files',
    sample: 'Load sample files',
    print: 'Print',
    exportExcel: 'Export to Excel',
    exportCsv: 'Export as CSV',
    busyExcel: 'Making the Excel file…',
    busyCsv: 'Making the CSV file…',
    busySample: 'Loading the sample files…',
    downloaded: (fileName) => `Downloaded: ${fileName}`,
    failedExcel: 'The Excel file could not be made. Please try again.',
    failedCsv: 'The CSV file could not be made. Please try again.',
  },
  sample: {
    loaded: (count) => `${files(count)} with fictitious providers loaded.`,
    refused:
      'Exchange files of real providers are loaded already. Sample files are not mixed with them.',
    failed: 'The sample files could not be loaded. Nothing was changed.',
    downloadTitle: 'Download sample files',
    downloadIntro:
      'The same fictitious files, to try loading by hand: download a few and load them with Load exchange files.',
    downloadRonde: (date) => `Round ${d(date)}`,
    downloadFile: (fileName) => `Download ${fileName}`,
  },
  empty: {
    title: 'No exchange files loaded yet',
    lead: 'The municipal overview is for the account manager or youth care contract manager of a municipality or youth region.',
    points: [
      'Care providers make an exchange file (.json) in their Report and send it to the municipality.',
      'Here you load the files of all providers and rounds at once. They stay in this browser (encrypted when that is on) and are never mixed with your own youths.',
      'Per round you see one picture: traffic light, bottlenecks, who has to act, 18+ and days of stay longer than needed, per provider with its own reference date.',
    ],
    tryIt: 'No files yet? Try it with fictitious providers.',
  },
  load: {
    title: 'Load exchange files',
    description:
      'Choose one or more exchange files (.json). Every file is checked completely first; nothing is stored until you click Load.',
    file: 'Choose files',
    fileHint: 'Several files at once is fine. Only .json files.',
    drop: 'Or drop the files here',
    dropActive: 'Release to check',
    reading: (done, total) => `Checking files: ${n.count(done)} of ${n.count(total)}`,
    resultTitle: 'Check',
    summary: (fresh, replacing, refused, double) =>
      [
        fresh > 0 ? `${n.count(fresh)} new` : '',
        replacing > 0 ? `${n.count(replacing)} replacing an earlier file` : '',
        refused > 0 ? `${n.count(refused)} refused` : '',
        double > 0 ? `${n.count(double)} duplicate` : '',
      ]
        .filter(Boolean)
        .join(', ') + '.',
    outcome: {
      new: 'New: will be loaded',
      replaces: (fileName, loadedAt) =>
        `Replaces a file loaded before (${fileName}, loaded on ${loadedAt})`,
      refused: 'Refused (reasons in Dutch, as the file format is Dutch)',
      duplicate: (sameAs) =>
        `Duplicate in this selection: same provider, area and reference date as ${sameAs}. Not loaded.`,
      stored: 'Loaded',
    },
    fileDetails: (provider, scope, peildatum, count) =>
      `${provider} · ${scope} · reference date ${d(peildatum)} · ${youths(count)}`,
    confirmReplace: 'Replace',
    refusedNote: 'A refused file changes nothing.',
    store: (count) => (count === 0 ? 'Load' : count === 1 ? 'Load 1 file' : `Load ${files(count)}`),
    nothingToStore: 'There is nothing to load.',
    storing: 'Storing…',
    stored: (count) => `${files(count)} loaded.`,
    storeFailed: 'Storing failed. Nothing was changed.',
    chooseOther: 'Choose other files',
    done: 'Done',
    unreadable: 'The file could not be read.',
  },
  overview: {
    keyFigures: 'Key figures',
    stoplight: 'Traffic light',
    bottlenecks: 'Bottlenecks',
    owners: 'Who has to act',
    eighteen: '18+',
    overdue: 'Days of stay longer than needed',
    tablesTitle: 'All tables',
    providersTitle: 'Providers and their reference dates',
    placed: 'Youths placed',
    rood: 'Overall status red',
    inflow: 'Inflow',
    outflow: 'Outflow',
    overdueYouths: 'Past intended outflow date',
    overdueDays: (days) => `${n.count(days)} days together`,
    eighteen12: 'Turning 18 within 12 months, without a green Future plan',
    eighteen6: 'Turning 18 within 6 months, without a green Future plan',
    eighteenOf: (count) => `of ${youths(count)}`,
    share: (share) => `${n.percent(share)} of the youths placed`,
    nb: 'n/a',
    nbSee: 'not known for this choice; see below the figures',
    cost: 'Cost of those days',
    costNote: (youthCount) => `over ${youths(youthCount)} with a daily tariff`,
    withoutTariff: (youthCount, days) =>
      `${youths(youthCount)} (${n.count(days)} days) of a living arrangement without a daily tariff: counted, not priced.`,
    stoplightFigure:
      'Overall status of the placed youths, now and in the previous round (same providers)',
    stoplightNow: 'Now',
    stoplightPrevious: 'Previous round, same providers',
    stoplightNowSame: 'Now, same providers',
    codeSentence: (count, code, label, providerCount) =>
      `${youths(count)} with ${code}${label ? ` (${label})` : ''}, at ${providers(providerCount)}`,
    noCodes: 'No bottlenecks recorded.',
    notInFile: 'Not in the file',
  },
  providers: {
    caption: 'Per provider',
    sortBy: (column) => `Sort by ${column}`,
    open: (provider) => `Open the report of ${provider}`,
    bar: (rood, oranje, onbekend, groen) =>
      `${n.count(rood)} red, ${n.count(oranje)} amber, ${n.count(onbekend)} unknown, ${n.count(groen)} green`,
    better: (count) => `${n.count(count)} better`,
    worse: (count) => `${n.count(count)} worse`,
    overdueYouths: (count) => youths(count),
    overdueDays: (days) => `${n.count(days)} ${days === 1 ? 'day' : 'days'}`,
    yes: 'yes',
    no: 'no',
    none: '—',
    missing: 'missing',
    missingNote: (peildatum) => `No file in this round; last reference date ${d(peildatum)}`,
    columns: {
      provider: 'Provider',
      peildatum: 'Reference date',
      placed: 'Placed',
      totalStatus: 'Overall status',
      change: 'Change',
      overdue: 'Past outflow date',
      topCode: 'Most frequent bottleneck',
      signals: 'Signals',
    },
  },
  providerReport: {
    back: 'Back to Per provider',
    title: (provider) => `Report of ${provider}`,
    source: (fileName, loadedAt) =>
      `From the exchange file ${fileName}, loaded on ${loadedAt}. Every figure is the provider's own.`,
    eighteenNote:
      'The list of youths turning 18 within 12 months is not in an exchange file; their age is in the list of youths.',
    signals: "The provider's signals",
    noSignals: 'No signals in this file.',
  },
  signals: {
    title: "The providers' signals",
    empty: 'No provider sent signals in this round.',
    from: (provider, peildatum, scope) => `${provider} · reference date ${d(peildatum)} · ${scope}`,
    makeAgreement: 'Make agreement',
    makeAgreementLabel: (provider) => `Make agreement with ${provider} about this signal`,
    reasonCode: (code) => `Bottleneck ${code}`,
  },
  rondeHeading: (selection, ronde) => `${selection} — round ${d(ronde)}`,
  printHeading: (selection, ronde) => `Municipal overview — ${selection} — round ${d(ronde)}`,
}
