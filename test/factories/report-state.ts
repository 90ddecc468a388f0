import type { HistoricState } from '../../src/domain/report/point-in-time'
import type { ReportScope } from '../../src/domain/report/scope'
import { stateOnDate, type StateOnDate } from '../../src/domain/report/youth-state'
import type { Assessment, AssessmentInput, IsoDate, Settings, Youth } from '../../src/domain/types'
import { makeAssessment } from './assessment'
import { makeSettings } from './settings'
import { makeYouth } from './youth'

/** A youth (see makeYouth) with its assessments, given per precondition id. */
export interface YouthWithAssessments {
  youth: Partial<Youth> & { id: string }
  assess?: Record<string, Partial<AssessmentInput>>
}

/** Youths, assessments and settings as the report reads them at one moment. */
export function makeHistoricState(
  entries: readonly YouthWithAssessments[],
  settings: Settings = makeSettings(),
): HistoricState {
  const youths = new Map<string, Youth>()
  const assessments = new Map<string, Map<string, Assessment>>()
  for (const { youth, assess = {} } of entries) {
    youths.set(youth.id, makeYouth(youth))
    const byPrecondition = new Map<string, Assessment>()
    for (const [preconditionId, input] of Object.entries(assess)) {
      byPrecondition.set(
        preconditionId,
        makeAssessment({ youthId: youth.id, preconditionId, ...input }),
      )
    }
    assessments.set(youth.id, byPrecondition)
  }
  return { youths, assessments, settings }
}

/** The youths placed on `date`, with their statuses then (through the real stateOnDate). */
export function makeStateOnDate(
  date: IsoDate,
  entries: readonly YouthWithAssessments[],
  settings: Settings = makeSettings(),
  scope: ReportScope = { kind: 'all' },
): StateOnDate {
  return stateOnDate(makeHistoricState(entries, settings), date, scope)
}
