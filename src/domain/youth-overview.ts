import { ageOn, lengthOfStayDays } from './dates'
import { effectiveStatus } from './preconditions'
import { computeSignals, type Signal } from './signals'
import { totalStatus } from './total-status'
import type {
  Assessment,
  IsoDate,
  PreconditionDef,
  Settings,
  Status,
  TotalStatus,
  Youth,
} from './types'

/** Everything the board and the review show about one youth, derived from stored data. */
export interface YouthOverview {
  youth: Youth
  age: number
  lengthOfStayDays: number
  /** Effective status per enabled precondition id. */
  statuses: Record<string, Status>
  totalStatus: TotalStatus
  signals: Signal[]
}

export interface OverviewContext {
  settings: Settings
  enabled: readonly PreconditionDef[]
  today: IsoDate
}

export function deriveOverview(
  youth: Youth,
  assessments: ReadonlyMap<string, Assessment> | undefined,
  redStreaks: ReadonlyMap<string, number> | undefined,
  ctx: OverviewContext,
): YouthOverview {
  const statusMap = new Map<string, Status>()
  const enabledAssessments = new Map<string, Assessment>()
  for (const p of ctx.enabled) {
    const assessment = assessments?.get(p.id)
    statusMap.set(p.id, effectiveStatus(p.id, assessment, youth, ctx.settings, ctx.today))
    if (assessment) enabledAssessments.set(p.id, assessment)
  }
  return {
    youth,
    age: ageOn(youth.birthDate, ctx.today),
    lengthOfStayDays: lengthOfStayDays(youth.placementDate, ctx.today),
    statuses: Object.fromEntries(statusMap),
    totalStatus: totalStatus(statusMap.values()),
    signals: computeSignals({
      youth,
      statuses: statusMap,
      assessments: enabledAssessments,
      redStreaks: redStreaks ?? new Map(Object.entries(youth.redStreaks)),
      settings: ctx.settings,
      today: ctx.today,
    }),
  }
}
