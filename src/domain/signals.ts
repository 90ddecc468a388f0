import { addDaysIso, toIsoDate, turns18Within } from './dates'
import { PRECONDITION_IDS } from './preconditions'
import type { Assessment, IsoDate, Settings, Status, Youth } from './types'

export const SIGNALS = [
  'verouderd',
  'achttienZonderPlan',
  'uitstroomdatumVerstreken',
  'geenPerspectief',
  'streefdatumVerstreken',
  'langdurigRood',
] as const
export type Signal = (typeof SIGNALS)[number]

/** Months before the 18th birthday in which a missing Toekomstplan 18+ is flagged. */
export const EIGHTEEN_WARNING_MONTHS = 6
/** Consecutive reviews with the same precondition rood before it counts as langdurig rood. */
export const LONG_RED_REVIEWS = 3

export interface SignalInput {
  youth: Pick<
    Youth,
    | 'birthDate'
    | 'placementDate'
    | 'createdAt'
    | 'expectedOutflowDate'
    | 'perspective'
    | 'lastReviewDate'
  >
  /** Effective status per enabled precondition (n.v.t. and onbekend already applied). */
  statuses: ReadonlyMap<string, Status>
  /** Current assessments per enabled precondition. */
  assessments: ReadonlyMap<string, Pick<Assessment, 'status' | 'dueDate'>>
  /** Number of consecutive closed reviews, up to the latest, in which a precondition was rood. */
  redStreaks: ReadonlyMap<string, number>
  settings: Pick<Settings, 'reviewCadenceDays'>
  today: IsoDate
}

/**
 * Verouderd: not discussed in a review for more than the cadence. A youth never reviewed
 * counts from its placement or from when it was entered here, whichever is later.
 */
export function isStale(input: SignalInput): boolean {
  const { youth, settings, today } = input
  // The local calendar day of entry: just after midnight is still the same day here.
  const entered = toIsoDate(new Date(youth.createdAt))
  const since =
    youth.lastReviewDate ?? (youth.placementDate > entered ? youth.placementDate : entered)
  return addDaysIso(since, settings.reviewCadenceDays) < today
}

/**
 * Turns 18 within six months while Toekomstplan 18+ is not groen. Only when the provider uses
 * that precondition and it applies, so the warning can always be resolved by a colour.
 */
export function turns18WithoutPlan(input: SignalInput): boolean {
  const plan = input.statuses.get(PRECONDITION_IDS.futurePlan)
  if (plan === undefined || plan === 'nvt' || plan === 'groen') return false
  return turns18Within(input.youth.birthDate, input.today, EIGHTEEN_WARNING_MONTHS)
}

export function outflowDatePassed(input: SignalInput): boolean {
  const date = input.youth.expectedOutflowDate
  return date !== null && date < input.today
}

export function noPerspective(input: SignalInput): boolean {
  return input.youth.perspective === null
}

/** A streefdatum has passed while the precondition is still open (not groen, not n.v.t.). */
export function dueDatePassed(input: SignalInput): boolean {
  for (const [id, assessment] of input.assessments) {
    const status = input.statuses.get(id)
    if (status === undefined || status === 'groen' || status === 'nvt') continue
    if (assessment.dueDate !== null && assessment.dueDate < input.today) return true
  }
  return false
}

/** The same precondition rood in three or more consecutive reviews, and rood still. */
export function longRed(input: SignalInput): boolean {
  for (const [id, streak] of input.redStreaks) {
    if (input.statuses.get(id) === 'rood' && streak >= LONG_RED_REVIEWS) return true
  }
  return false
}

const RULES: Record<Signal, (input: SignalInput) => boolean> = {
  verouderd: isStale,
  achttienZonderPlan: turns18WithoutPlan,
  uitstroomdatumVerstreken: outflowDatePassed,
  geenPerspectief: noPerspective,
  streefdatumVerstreken: dueDatePassed,
  langdurigRood: longRed,
}

/** All signals that apply, in a fixed order. They never change a status. */
export function computeSignals(input: SignalInput): Signal[] {
  return SIGNALS.filter((signal) => RULES[signal](input))
}
