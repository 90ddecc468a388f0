import { formatDutchDate } from '../../domain/dates'
import { numberFormats } from '../../domain/report/format'
import type { nlMunicipalFigures } from '../nl/municipal-figures'

const n = numberFormats('en-GB')
const d = formatDutchDate
const providers = (count: number) => `${n.count(count)} ${count === 1 ? 'provider' : 'providers'}`
/** A euro amount whose sign never wraps onto a line of its own. */
const euro = (amount: number) => `€\u00a0${n.decimal(amount, 2)}`

export const enMunicipalFigures: typeof nlMunicipalFigures = {
  euro,
  signed: (delta: number) =>
    delta > 0 ? `+${n.count(delta)}` : delta < 0 ? `−${n.count(-delta)}` : '0',
  signedEuro: (delta: number) =>
    delta > 0 ? `+${euro(delta)}` : delta < 0 ? `−${euro(-delta)}` : euro(0),
  direction: (delta: number) => (delta > 0 ? 'more' : delta < 0 ? 'fewer' : 'the same'),
  tileChange: (signed: string, direction: string) =>
    `${signed} (${direction}) since the previous round`,
  tileChangeNb: 'change since the previous round: not known',
  basis: (ronde: string, common: number) =>
    `Change since the previous round (${d(ronde)}): only the ${providers(common)} that delivered a file in both rounds, so like is compared with like.`,
  notCompared: (names: string) => `Not in the comparison: ${names}.`,
  onlyNow: (name: string) => `${name} (this round only)`,
  onlyBefore: (name: string) => `${name} (previous round only)`,
  noPrevious: 'No previous round to compare with.',
  cost: {
    inPeriod: 'Cost in this period',
    inPeriodNote: (days: number) =>
      `${n.count(days)} days past the intended outflow date within the period × daily tariff`,
    since: 'Cost since the intended outflow date',
    sinceNote: (days: number) =>
      `all ${n.count(days)} days since each intended outflow date × daily tariff`,
    providerLine: (amount: string) => `${amount} since outflow date`,
    providerInPeriodLine: (amount: string) => `${amount} in this period`,
    providerInPeriodNb: 'in this period: not known (version 1 file)',
    provider: 'Cost since outflow date',
    providerInPeriod: 'Cost in this period',
    youthNoTariff: 'no daily tariff',
    youthNb: 'not known',
    youthNbReason: 'a version 1 file does not say how many days fall in the period',
    youthNone: 'no cost: not past the intended outflow date',
  },
  stuck: {
    title: 'Ready but stuck',
    intro:
      'Youths past their intended outflow date, counted by the precondition that holds them (red or amber). A youth held by two counts under both.',
    filter: 'Ready but stuck',
    own: "Provider's own precondition",
    none: 'No open precondition',
    overdue: 'Past outflow date',
    provider: 'Provider',
    total: 'All providers',
    arrangement: 'Type of residence',
    placed: 'Placed',
    share: 'Share',
    inflowAge: 'Average age at placement (years)',
    inflowAgeNote: (youths: number) =>
      `over ${n.count(youths)} ${youths === 1 ? 'youth' : 'youths'} placed in the period`,
    empty: 'No youths past their intended outflow date.',
  },
  column: 'Since the previous round (same providers)',
  diff: (status: string) => `± ${status}`,
  trend: {
    changeRood: '± red (same providers)',
    changePlaced: '± placed (same providers)',
    differ: 'Providers different from the round before',
    same: 'the same',
    joined: (names: string) => `new: ${names}`,
    left: (names: string) => `no longer: ${names}`,
    basis:
      'Each round counts every file delivered in that round. The ± columns compare with the round before only the providers that delivered in both; the last column names the providers that differ.',
  },
}
