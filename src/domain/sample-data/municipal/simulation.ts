import { addDaysIso, addMonthsIso, daysBetween } from '../../dates'
import type { Random } from '../random'
import type { Destination, EndReason, IsoDate, Owner, Status } from '../../types'
import {
  SAMPLE_ACTIONS,
  SAMPLE_CODES,
  SAMPLE_OWNERS,
  SAMPLE_PERSPECTIVES,
  type SampleProvider,
} from './vocabulary'

/** An open randvoorwaarde's knelpunten and next step. */
export interface SimAssessment {
  status: Status
  codes: string[]
  action: string
  owner: Owner
  dueDate: IsoDate
}

/** One fictitious youth as the simulation keeps it between periods. */
export interface SimYouth {
  clientRef: string
  birthDate: IsoDate
  municipalityCode: string
  livingArrangement: SampleProvider['arrangements'][number][0]
  placementDate: IsoDate
  expectedOutflowDate: IsoDate | null
  perspective: Destination | null
  assessments: Map<string, SimAssessment>
  stuck: Set<string>
  outflow: { date: IsoDate; destination: Destination; reason: EndReason } | null
}

const END_REASONS: readonly (readonly [EndReason, number])[] = [
  ['01', 10],
  ['02', 4],
  ['03', 2],
  ['04', 1],
  ['05', 1],
]

/** Next period's status: most youths move towards groen; a troubled provider's get stuck. */
function step(random: Random, status: Status, stuck: boolean, trouble: number): Status {
  const r = random.next()
  switch (status) {
    case 'onbekend':
      return r < 0.6 ? 'oranje' : r < 0.75 ? 'rood' : 'onbekend'
    case 'rood':
      return stuck || r < 0.5 + trouble * 0.45 ? 'rood' : 'oranje'
    case 'oranje':
      return r < 0.3 - trouble * 0.25 ? 'groen' : r < 0.35 + trouble * 0.4 ? 'rood' : 'oranje'
    case 'groen':
      return r < 0.03 + trouble * 0.2 ? 'oranje' : 'groen'
    case 'nvt':
      return 'nvt'
  }
}

/** A status with knelpunten and an action when open; the same ones while the status holds. */
function assess(
  random: Random,
  id: string,
  status: Status,
  before: SimAssessment | undefined,
  periodEnd: IsoDate,
): SimAssessment {
  // The same status keeps its knelpunten; now and then the next step gets a new streefdatum.
  if (before && before.status === status) {
    return random.chance(0.5)
      ? before
      : { ...before, dueDate: addDaysIso(periodEnd, random.int(-10, 70)) }
  }
  const open = status === 'rood' || status === 'oranje'
  const codes = SAMPLE_CODES[id] ?? ['OVR']
  return {
    status,
    codes: open
      ? [
          ...new Set([random.pick(codes), ...(random.chance(0.2) ? [random.pick(codes)] : [])]),
        ].sort()
      : [],
    action: open ? random.pick(SAMPLE_ACTIONS[id] ?? ['Overleg plannen']) : '',
    owner: random.weighted(SAMPLE_OWNERS[id] ?? [['aanbieder', 1]]),
    dueDate: addDaysIso(periodEnd, random.int(-25, 70)),
  }
}

const INITIAL: readonly (readonly [Status, number])[] = [
  ['onbekend', 2],
  ['rood', 1],
  ['oranje', 4],
  ['groen', 5],
]

export function newYouth(
  random: Random,
  provider: SampleProvider,
  number: number,
  placementDate: IsoDate,
  preconditionIds: readonly string[],
): SimYouth {
  const age = random.weighted([
    [13, 2],
    [14, 4],
    [15, 8],
    [16, 12],
    [17, 14],
  ] as const)
  const birthDate = addDaysIso(addMonthsIso(placementDate, -12 * age), -random.int(0, 364))
  const expectedMonths = provider.trouble > 0 ? random.int(3, 12) : random.int(9, 40)
  const assessments = new Map<string, SimAssessment>()
  for (const id of preconditionIds) {
    const status = random.weighted(INITIAL)
    assessments.set(id, assess(random, id, status, undefined, placementDate))
  }
  return {
    clientRef: `${provider.refPrefix}-${String(1000 + number * 7)}`,
    birthDate,
    municipalityCode: random.weighted(provider.municipalities),
    livingArrangement: random.weighted(provider.arrangements),
    placementDate,
    expectedOutflowDate: random.chance(0.8) ? addMonthsIso(placementDate, expectedMonths) : null,
    perspective: random.weighted(SAMPLE_PERSPECTIVES),
    assessments,
    stuck: new Set(preconditionIds.filter(() => random.chance(0.1 + provider.trouble * 0.5))),
    outflow: null,
  }
}

/** A day within the period [start, end]. */
function dayIn(random: Random, start: IsoDate, end: IsoDate): IsoDate {
  return addDaysIso(start, random.int(0, Math.max(0, daysBetween(start, end))))
}

/**
 * One period of a provider: some youths leave (groen ones more often), the others' statuses
 * move on, and a few new youths are placed.
 */
export function simulatePeriod(
  random: Random,
  provider: SampleProvider,
  youths: SimYouth[],
  period: { start: IsoDate; end: IsoDate },
  nextNumber: () => number,
  preconditionIds: readonly string[],
): void {
  for (const y of youths) {
    if (y.outflow) continue
    const allGreen = [...y.assessments.values()].every((a) => a.status === 'groen')
    const leaves = random.chance(provider.trouble > 0 ? 0.01 : allGreen ? 0.45 : 0.05)
    if (leaves) {
      y.outflow = {
        date: dayIn(random, period.start, period.end),
        destination: y.perspective ?? 'onbekend',
        reason: random.weighted(END_REASONS),
      }
      continue
    }
    for (const id of preconditionIds) {
      const before = y.assessments.get(id)
      const status = step(random, before?.status ?? 'onbekend', y.stuck.has(id), provider.trouble)
      y.assessments.set(id, assess(random, id, status, before, period.end))
    }
  }
  const arrivals = random.int(1, Math.max(2, Math.round(provider.size / 6)))
  for (let i = 0; i < arrivals; i++) {
    const placementDate = dayIn(random, period.start, period.end)
    youths.push(newYouth(random, provider, nextNumber(), placementDate, preconditionIds))
  }
}
