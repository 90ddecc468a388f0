import type { nlAgreements } from '../nl/agreements'

export const enAgreements: typeof nlAgreements = {
  owners: { gemeente: 'Municipality/access team', aanbieder: 'Provider', samen: 'Together' },
  kinds: { inhoudelijk: 'Content', financieel: 'Financial' },
  kindNone: 'Not chosen',
  status: { open: 'Open', afgerond: 'Closed', ingetrokken: 'Withdrawn' },
  fields: {
    kind: 'Kind',
    response: 'Municipality’s response',
    clientRefs: 'Client numbers',
    history: 'History',
    issuer: 'Municipality',
  },
  clientRefsHint:
    'Optional: the provider’s client numbers, separated by commas; never a citizen service number',
  responseHint: 'Optional: the municipality’s answer, for example to the signal',
  events: {
    gemaakt: 'made',
    gewijzigd: 'changed',
    afgerond: 'closed',
    heropend: 'reopened',
    ingetrokken: 'withdrawn',
  },
  changeFields: {
    text: 'text',
    owner: 'owner',
    dueDate: 'target date',
    reasonCode: 'bottleneck code',
    clientRefs: 'client numbers',
    kind: 'kind',
    response: 'response',
  },
  event: (what: string, ronde: string, by: string, at: string) =>
    `${what} in round ${ronde} by ${by || 'unknown'}, ${at}`,
  eventChanges: (fields: string) => ` (${fields})`,
  withdraw: 'Withdraw',
  withdrawn: 'Agreement withdrawn.',
  send: 'Send agreements',
  sendTitle: 'Send agreements',
  sendIntro: (ronde: string) =>
    `One agreements file per provider with the agreements as they stood in the round of ${ronde}, with their history. Send the file to the provider, who loads it on the Report screen.`,
  sendProvider: 'Provider',
  sendAll: 'All providers (one file per provider)',
  sendCount: (n: number) => (n === 1 ? '1 agreement' : `${n} agreements`),
  sendButton: 'Make file',
  sent: (n: number) => (n === 1 ? '1 agreements file made.' : `${n} agreements files made.`),
  sendNoIssuer:
    'First choose your own municipality or youth region in Settings › Municipal overview: “All municipalities” makes no agreements.',
  sendNothing: 'There are no agreements with this provider in or before this round yet.',
  progressTitle: 'Provider’s progress',
  progressNone: 'Received, no progress yet',
  progressV1: 'No progress: version 1 file',
  progressNoFile: 'No progress: not in a file from this provider for this round',
  load: 'Load agreements',
  loadHint: 'An agreements file (.json) from a municipality or youth region',
  loaded: (issuer: string, added: number, updated: number) =>
    `Agreements from ${issuer} loaded: ${added} new, ${updated} updated.`,
  loadRefused: 'The agreements file was not loaded. Nothing was changed.',
  confirmTitle: 'Is this file meant for you?',
  confirmText:
    'The file spells the provider’s name differently from this board. Check that it is about your organisation.',
  confirmFile: 'Name in the file',
  confirmOwn: 'Name of this board',
  confirmYes: 'This is us',
  panelTitle: 'Agreements with municipalities',
  panelIntro:
    'What municipalities and youth regions agreed with you. Your progress goes along in the next exchange file.',
  panelEmpty:
    'No agreements yet. Choose “Load agreements” when a municipality has sent you an agreements file.',
  fromFile: (issuer: string, ronde: string) => `${issuer}, round ${ronde}`,
  overdue: 'target date passed',
  notInList: '(not in your list)',
  progress: 'Progress',
  progressStatus: { loopt: 'In progress', gedaan: 'Done', 'lukt-niet': 'Not working out' },
  progressLatest: (status: string, by: string, at: string) =>
    `${status} — ${by || 'unknown'}, ${at}`,
  progressText: 'Explanation',
  progressReason: 'Reason',
  progressReasonHint: 'Required for “not working out”',
  progressSaved: 'Progress saved.',
  progressStatusLabel: 'State',
  boardMark: 'Open agreement with a municipality',
  boardMarkShort: 'Agreement',
  boardMarkCount: (n: number) =>
    n === 1 ? '1 open agreement with a municipality' : `${n} open agreements with municipalities`,
  reviewTitle: 'Open agreements with municipalities',
  dueOn: (date: string) => `target date ${date}`,
}
