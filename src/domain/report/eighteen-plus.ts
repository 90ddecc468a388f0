import { compareClientRefs } from '../client-ref-order'
import { ageOn, eighteenthBirthday, turns18Within } from '../dates'
import { PRECONDITION_IDS } from '../preconditions'
import { STATUSES, type IsoDate, type Status } from '../types'
import { memoByKey } from './memo'
import type { StateOnDate } from './youth-state'

export const EIGHTEEN_WINDOWS = [6, 12] as const
export type EighteenWindow = (typeof EIGHTEEN_WINDOWS)[number]

export interface EighteenPlusYouth {
  youthId: string
  clientRef: string
  age: number
  /** Month of the 18th birthday, `YYYY-MM` (the day is left out: pseudonymised). */
  turns18In: string
  /** Within 6 or within 12 months (the smallest window that holds the youth). */
  within: EighteenWindow
  /** Toekomstplan 18+ on the peildatum; null when the provider does not use it. */
  futurePlan: Status | null
}

export interface EighteenPlus {
  /** Per window (cumulative: within 12 includes within 6): youths and their Toekomstplan status. */
  windows: { months: EighteenWindow; youths: number; futurePlan: Record<Status, number> | null }[]
  youths: EighteenPlusYouth[]
}

/** Youths placed on the peildatum who turn 18 within 6 and within 12 months after it. */
export function eighteenPlus(onEnd: StateOnDate, peildatum: IsoDate): EighteenPlus {
  const planUsed = onEnd.preconditionIds.includes(PRECONDITION_IDS.futurePlan)
  const emptyCounts = () =>
    Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  const windows = EIGHTEEN_WINDOWS.map((months) => ({
    months,
    youths: 0,
    futurePlan: planUsed ? emptyCounts() : null,
  }))
  const windowOf = memoByKey((birthDate): EighteenWindow | null =>
    turns18Within(birthDate, peildatum, 6)
      ? 6
      : turns18Within(birthDate, peildatum, 12)
        ? 12
        : null,
  )
  const ageOf = memoByKey((birthDate) => ageOn(birthDate, peildatum))
  const monthOf18 = memoByKey((birthDate) => eighteenthBirthday(birthDate).slice(0, 7))
  const youths: EighteenPlusYouth[] = []
  for (const y of onEnd.youths.values()) {
    const within = windowOf(y.youth.birthDate)
    if (within === null) continue
    const futurePlan = planUsed ? (y.statuses.get(PRECONDITION_IDS.futurePlan) ?? null) : null
    for (const w of windows) {
      if (w.months < within) continue
      w.youths++
      if (w.futurePlan && futurePlan) w.futurePlan[futurePlan]++
    }
    youths.push({
      youthId: y.youth.id,
      clientRef: y.youth.clientRef,
      age: ageOf(y.youth.birthDate),
      turns18In: monthOf18(y.youth.birthDate),
      within,
      futurePlan,
    })
  }
  youths.sort(
    (a, b) =>
      (a.turns18In < b.turns18In ? -1 : a.turns18In > b.turns18In ? 1 : 0) ||
      compareClientRefs(a.clientRef, b.clientRef),
  )
  return { windows, youths }
}
