import type { nlBoard } from '../nl/board'

const n = new Intl.NumberFormat('en-GB')

export const enBoard: typeof nlBoard = {
  title: 'Board',
  intro: 'All placed youths with the status of their preconditions for leaving care.',
  addYouth: 'Add youth',
  legend: 'Legend',
  loadSample: 'Load sample data',
  sampleLoaded: (count: number) => `${n.format(count)} fictitious youths loaded.`,
  sampleNotEmpty: 'The board already has youths; sample data is only loaded into an empty board.',
  readError: {
    title: 'The data could not be read',
    kept: 'The board shows the youths as they were last read.',
    other: 'The browser reported an error while reading. Try again or reload the page.',
    retry: 'Read again',
  },
  storageFull: {
    title: 'Storage ran full',
    text: "This computer's disk ran full while Doorstroombord was saving. Some browsers (such as Chrome and Edge) then delete the app's stored data. Were there youths here? Free some disk space and restore your latest backup.",
    restore: 'Go to Restore backup',
    dismiss: 'Dismiss',
  },
  emptyTitle: 'No youths on the board yet',
  emptyText:
    'Add the youths placed with you, or first see how the board works with fictitious sample data.',
  emptyPrivacy: 'Sample data is made up; it contains no real people.',
  toMunicipal: 'Go to the Municipal overview',
  toMunicipalText:
    'Are you an account manager or youth contract manager for a municipality or youth region? In the Municipal overview you load the exchange files of your providers.',
  loadingProgress: (loaded: number, total: number) =>
    `Loading the board: ${n.format(loaded)} of ${n.format(total)} youths`,
  countsLabel: 'Number of youths per overall status',
  countShown: (shown: number, total: number) =>
    shown === total
      ? `${n.format(total)} youths`
      : `${n.format(shown)} of ${n.format(total)} youths shown`,
  filterByStatus: (status: string, count: number) =>
    `Show only overall status ${status} (${n.format(count)})`,
  filters: 'Filters',
  search: 'Search',
  searchHint: 'Client number, name, location, municipality or case owner',
  clearFilters: 'Clear filters',
  noMatches: 'No youths match these filters.',
  filter: {
    municipality: 'Municipality',
    location: 'Location',
    livingArrangement: 'Type of placement',
    totalStatus: 'Overall status',
    signal: 'Signal',
  },
  columns: {
    clientRef: 'Client number',
    age: 'Age',
    municipality: 'Municipality',
    location: 'Location',
    livingArrangement: 'Type of placement',
    lengthOfStay: 'Length of stay',
    expectedOutflowDate: 'Expected outflow',
    perspective: 'Perspective',
    totalStatus: 'Overall',
    signals: 'Signals',
  },
  tableCaption: 'Youths on the board',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  sortBy: (column: string) => `Sort by ${column}`,
  openYouth: (ref: string) => `Open ${ref}`,
  passed: 'passed',
  stayMonths: (m: number) => `${n.format(m)} mo`,
  stayYears: (y: number) => `${n.format(Math.round(y * 10) / 10)} yrs`,
  stayDays: (d: number) => `${n.format(d)} d`,
  statusButton: (precondition: string, status: string) => `${precondition}: ${status}`,
  trend: {
    title: 'Trend',
    summary: (count: number) =>
      count === 1 ? 'Trend since the first review' : `Trend over the last ${count} reviews`,
    empty: 'No closed reviews yet: the trend appears after the first review.',
    totalTitle: 'Overall status per review',
    redTitle: 'Red per precondition',
    chartLabel: (first: string, last: string, rood: number, groen: number) =>
      `Bar chart from ${first} to ${last}. At the latest review ${rood} red and ${groen} green. The table below gives all counts.`,
    tableCaption: 'Youths per overall status and red per precondition, per review',
    showTable: 'Counts as a table',
    review: 'Review',
    redOn: (name: string) => `Red on ${name}`,
  },
  noSignals: 'none',
}
