import { PRECONDITION_IDS } from '../preconditions'
import type { Status, TotalStatus } from '../types'
import { BottleneckTally, type CodeFigure, type OwnerFigure } from './bottleneck-figures'
import { changeCounts, statusCounts, totalStatusCounts } from './counts'
import { PreconditionTally, type PreconditionFigure } from './precondition-figures'
import type { SelectedProvider } from './selected'
import type { YouthChange } from './types'
import { isOverdue, turnsEighteenSoon, turnsEighteenWithoutPlan } from './youth-rules'

export interface LengthOfStayFigure {
  meanDays: number | null
  medianDays: number | null
  /** Under 365 days, 365–729 days, 730 days or more. */
  under1Year: number
  from1To2Years: number
  over2Years: number
}

/** Youths turning 18 within 12 months (age 17 on the peildatum) and their Toekomstplan 18+. */
export interface EighteenPlusFigure {
  youths: number
  futurePlan: Record<Status, number>
  /** Youths at a provider that does not use Toekomstplan 18+. */
  planNotUsed: number
  /** Youths without a groen Toekomstplan (not used counts as not groen). */
  notGreen: number
}

/** Everything the overview computes from the youth rows of the selection. */
export interface RowFigures {
  placed: number
  totalStatus: Record<TotalStatus, number>
  /** Share of the placed youths, 0–1; null without youths. */
  totalStatusShare: Record<TotalStatus, number> | null
  perPrecondition: PreconditionFigure[]
  change: Record<YouthChange, number>
  reasonCodes: CodeFigure[]
  owners: OwnerFigure[]
  eighteenPlus12: EighteenPlusFigure
  lengthOfStay: LengthOfStayFigure
  /** Youths past their beoogde uitstroomdatum and their days past it in total. */
  overdue: { youths: number; days: number }
}

function median(sorted: Float64Array): number | null {
  const n = sorted.length
  if (n === 0) return null
  const mid = n >> 1
  return n % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const FUTURE_PLAN = PRECONDITION_IDS.futurePlan

/** One pass over the selected rows of every provider. */
export function rowFigures(selected: readonly SelectedProvider[]): RowFigures {
  let placed = 0
  for (const s of selected) placed += s.rows.length
  const totalStatus = totalStatusCounts()
  const change = changeCounts()
  const preconditions = new PreconditionTally()
  const bottlenecks = new BottleneckTally()
  const eighteen: EighteenPlusFigure = {
    youths: 0,
    futurePlan: statusCounts(),
    planNotUsed: 0,
    notGreen: 0,
  }
  const stay = new Float64Array(placed)
  const bands = { under1Year: 0, from1To2Years: 0, over2Years: 0 }
  let staySum = 0
  const overdue = { youths: 0, days: 0 }
  let i = 0
  selected.forEach((s, index) => {
    preconditions.startProvider(s.provider)
    bottlenecks.startProvider(index, s.provider.peildatum)
    for (const row of s.rows) {
      totalStatus[row.totalStatus]++
      change[row.change]++
      preconditions.add(row)
      bottlenecks.add(row)
      if (turnsEighteenSoon(row)) {
        eighteen.youths++
        const plan = row.statuses[FUTURE_PLAN]
        if (plan === undefined) eighteen.planNotUsed++
        else eighteen.futurePlan[plan]++
        if (turnsEighteenWithoutPlan(row)) eighteen.notGreen++
      }
      const days = row.lengthOfStayDays
      stay[i++] = days
      staySum += days
      if (days < 365) bands.under1Year++
      else if (days < 730) bands.from1To2Years++
      else bands.over2Years++
      if (isOverdue(row)) {
        overdue.youths++
        overdue.days += row.daysOverdue
      }
    }
  })
  stay.sort()
  return {
    placed,
    totalStatus,
    totalStatusShare:
      placed === 0
        ? null
        : {
            rood: totalStatus.rood / placed,
            oranje: totalStatus.oranje / placed,
            onbekend: totalStatus.onbekend / placed,
            groen: totalStatus.groen / placed,
          },
    perPrecondition: preconditions.result(),
    change,
    reasonCodes: bottlenecks.codeFigures(),
    owners: bottlenecks.ownerFigures(),
    eighteenPlus12: eighteen,
    lengthOfStay: {
      meanDays: placed === 0 ? null : staySum / placed,
      medianDays: median(stay),
      ...bands,
    },
    overdue,
  }
}
