import type { nlMunicipalLists } from '../nl/municipal-lists'

const n = new Intl.NumberFormat('en-GB')

export const enMunicipalLists: typeof nlMunicipalLists = {
  youths: {
    filters: 'Youth filters',
    provider: 'Provider',
    municipality: 'Municipality',
    totalStatus: 'Overall status',
    reasonCode: 'Bottleneck',
    owner: 'Owner',
    ownerNone: 'Not recorded',
    turning18: '18+ soon (now 17)',
    overdue: 'Past outflow date',
    clearFilters: 'Clear filters',
    count: (total: number) => (total === 1 ? '1 youth' : `${n.format(total)} youths`),
    countShown: (shown: number, total: number) =>
      `${n.format(shown)} of ${n.format(total)} youths shown`,
    tableCaption: 'Youths in this round, all providers',
    sortBy: (column: string) => `Sort by ${column}`,
    sortHint:
      'Choose a column header to sort; choose it again to reverse the order, a third time to return to the default order (red first).',
    columns: {
      provider: 'Provider',
      clientRef: 'Client number',
      municipality: 'Municipality',
      age: 'Age',
      livingArrangement: 'Living arrangement',
      lengthOfStay: 'Length of stay',
      expectedOutflowDate: 'Expected outflow',
      perspective: 'Perspective',
      ownPreconditions: 'Own preconditions',
      totalStatus: 'Overall status',
      reasonCodes: 'Bottlenecks',
      redSince: 'Red for',
    },
    statusOf: (precondition: string, status: string) => `${precondition}: ${status}`,
    notUsed: 'not used',
    daysOver: (days: number) => (days === 1 ? '1 day over' : `${n.format(days)} days over`),
    redSince: (rondes: number) => (rondes === 1 ? '1 round' : `${n.format(rondes)} rounds`),
    stayMonths: (m: number) => `${n.format(m)} mo`,
    stayYears: (y: number) => `${n.format(Math.round(y * 10) / 10)} yr`,
    stayDays: (d: number) => `${n.format(d)} d`,
    emptyTitle: 'No youths in this round',
    emptyText:
      'No youth rows are loaded for this round and selection. Choose another round or selection, or load exchange files.',
    noMatchTitle: 'No youths match these filters',
    noMatchText: 'Change or clear the filters to see all youths again.',
  },
  trend: {
    title: 'Trend',
    intro: (rondes: number) =>
      rondes === 1
        ? 'Overall status of the youths in the selection in this round. The trend grows with every next round.'
        : `Overall status of the youths in the selection over the last ${n.format(rondes)} rounds.`,
    empty: 'No rounds with files yet: the trend appears once exchange files are loaded.',
    combinedTitle: 'All providers together',
    chartLabel: (first: string, last: string, rood: number, groen: number) =>
      `Stacked bars per round from ${first} to ${last}. In the last round ${n.format(rood)} red and ${n.format(groen)} green. The table below gives all numbers.`,
    chartNoFiles: 'n/a',
    legendTitle: 'Legend',
    combinedCaption: 'Number of youths per overall status per round, all providers together',
    ronde: 'Round',
    provisional: '(provisional)',
    placed: 'Placed',
    providers: 'Providers',
    missing: 'Missing',
    perProviderTitle: 'Per provider',
    perProviderIntro:
      'Per round the number of youths with overall status red, of the number of placed youths in the file. n/a = no file of this provider in that round.',
    perProviderCaption: 'Red of placed per provider per round',
    provider: 'Provider',
    redOfPlaced: (rood: number, placed: number) => `${n.format(rood)} / ${n.format(placed)}`,
    redOfPlacedLong: (rood: number, placed: number) =>
      `${n.format(rood)} red of ${n.format(placed)} placed`,
    noFile: 'n/a',
    noFileLong: 'no file in this round',
  },
  agreements: {
    title: 'Agreements',
    intro:
      'What was agreed in the meeting with the providers. Open agreements carry over to the next round until they are closed.',
    add: 'Add agreement',
    empty: 'No agreements in this round yet.',
    emptyHint: 'Choose "Add agreement" to record what was agreed.',
    groupCount: (open: number, closed: number) =>
      `${n.format(open)} open, ${n.format(closed)} closed`,
    listLabel: (provider: string) => `Agreements with ${provider}`,
    fields: {
      provider: 'Provider',
      text: 'Agreement',
      reasonCode: 'Bottleneck code',
      clientRef: 'Client number',
      owner: 'Owner',
      dueDate: 'Target date',
    },
    textHint: 'What was agreed, without names or citizen service numbers.',
    reasonCodeHint: 'Optional, for example WON-2',
    clientRefHint: "Optional: the provider's client number, never a citizen service number",
    ownerNone: 'Not recorded',
    status: { open: 'Open', afgerond: 'Closed' },
    madeIn: (date: string) => `from round ${date}`,
    closedIn: (date: string) => `closed in round ${date}`,
    overdue: 'target date passed',
    dueOn: (date: string) => `target date ${date}`,
    close: 'Close',
    reopen: 'Reopen',
    edit: 'Edit',
    addTitle: 'Add agreement',
    editTitle: (provider: string) => `Edit agreement with ${provider}`,
    forRonde: (date: string) => `Recorded in the round of ${date}.`,
    added: 'Agreement added.',
    saved: 'Agreement saved.',
    closed: 'Agreement closed.',
    reopened: 'Agreement reopened.',
    stale:
      'This agreement was changed elsewhere in the meantime (by someone else or in another tab). Nothing was overwritten. The latest version is now shown; check it and try again if needed.',
    staleForm:
      'This agreement was changed elsewhere in the meantime. Your change was not saved and nothing was overwritten. The latest version has been read and is shown below; choose Save to put your text over it anyway, or Cancel.',
    latestText: 'Latest text:',
    gone: 'This agreement no longer exists; it was removed elsewhere.',
  },
}
