import type { nlSettings } from '../nl/settings'

export const enSettings: typeof nlSettings = {
  title: 'Settings',
  intro: 'Settings apply to everyone using this browser, except your name and language.',
  saved: 'Settings saved.',
  unsaved: 'You have unsaved changes.',
  general: 'General',
  providerName: 'Name of care provider',
  providerNameHint: 'Shown on reports and in file names.',
  userName: 'Your name',
  userNameHint: 'Recorded with your changes in the history. Kept in this browser only.',
  language: 'App language',
  preconditions: 'Preconditions',
  preconditionsIntro:
    'Switch preconditions on or off and optionally give them your own name. History is kept, also after renaming.',
  enabled: (name: string) => `Use ${name}`,
  name: 'Name',
  builtinName: (name: string) => `Default name: ${name}`,
  criteria: 'Criteria per colour',
  resetCriteria: 'Restore default criteria',
  addPrecondition: 'Add precondition',
  newPreconditionName: 'Name of new precondition',
  rules: 'Rules',
  futurePlanAge: 'Age from which the plan for 18+ applies',
  futurePlanAgeHint: 'Below it the plan for 18+ is n/a. Default 16.',
  reviewCadenceDays: 'Review cycle in days',
  reviewCadenceDaysHint:
    'A youth not reviewed for longer gets the signal Out of date. Default 35 days (monthly, with some slack).',
  reasonCodes: 'Bottleneck codes',
  reasonCodesIntro:
    'Codes are grouped per precondition; codes without a group apply to all preconditions.',
  code: 'Code',
  label: 'Description',
  group: 'Group',
  anyPrecondition: 'All preconditions',
  codeEnabled: (code: string) => `Use ${code}`,
  addReasonCode: 'Add bottleneck code',
  reporting: 'Reporting',
  reportPeriodWeeks: 'Length of a reporting period in weeks',
  reportPeriodWeeksHint: 'Default 6 weeks. Use 4 or 5 for a monthly report.',
  reportAnchorDate: 'Start date of the first period',
  municipal: 'Municipal overview (Gemeente-overzicht)',
  municipalIntro:
    'For account managers of a municipality or youth region who combine the exchange files of their providers.',
  municipalScope: 'Own municipality or youth region',
  municipalScopeHint:
    'The Municipal overview opens with this choice. Choose "All municipalities" for everything.',
  rondeRhythm: 'Rounds (rondes)',
  rondeAnchorDate: 'Date of a round',
  rondeAnchorDateHint:
    'A date on which a round falls (a meeting with the providers); the other rounds lie before and after it in the same rhythm.',
  rondeWeeks: 'Weeks between two rounds',
  rondeWeeksHint: 'Default 6 weeks.',
  rondeWindowWeeks: 'Files count up to this many weeks before the round',
  rondeWindowWeeksHint:
    'Per provider the newest file with a reference date in these weeks counts. Default 6 weeks.',
  dailyTariffs: 'Daily tariff per type of residence',
  dailyTariffsIntro:
    'In euro per day, e.g. 245.50 or 245,50. With a tariff the Municipal overview shows what the days of stay longer than needed cost. Leave empty: no amount.',
  dailyTariff: (arrangement: string) => `Daily tariff ${arrangement}`,
  hideProviderScreens: 'Show only the Municipal overview',
  hideProviderScreensHint:
    'For those who only work for a municipality: Board, Review, Report and Import disappear from the menu and the app opens with the Municipal overview.',
  errors: {
    outOfRange: 'This value is outside the allowed range.',
    duplicate: 'This code already exists.',
    codeFormat: 'Use 2 to 4 capital letters, optionally with a dash and digits, like WON-5.',
    tariff: (arrangement: string) =>
      `Daily tariff ${arrangement}: enter an amount in euro of 0 or more, with at most 2 decimals (e.g. 245.50).`,
  },
  ranges: {
    futurePlanAge: 'Choose an age from 12 to 18.',
    reviewCadenceDays: 'Choose 7 to 366 days.',
    reportPeriodWeeks: 'Choose 1 to 26 weeks.',
    'municipal.rondeWeeks': 'Weeks between two rounds: choose 1 to 26 weeks.',
    'municipal.rondeWindowWeeks': 'Weeks before the round: choose 1 to 26 weeks.',
  },
}
