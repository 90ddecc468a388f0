import type { SignalInput } from '../../src/domain/signals'
import type { Assessment, Status, Youth } from '../../src/domain/types'
import { makeYouth } from './youth'

export const TODAY = '2026-11-23'

export type Statuses = Record<string, Status>
export type Assessments = Record<string, Pick<Assessment, 'status' | 'dueDate'>>

/**
 * A youth with nothing to warn about on 23 November 2026: reviewed on 1 November, 16 years old,
 * a perspectief and an uitstroomdatum in the future, every precondition groen.
 */
export function signalInput(
  opts: {
    youth?: Partial<Youth>
    statuses?: Statuses
    assessments?: Assessments
    redStreaks?: Record<string, number>
    cadence?: number
    today?: string
  } = {},
): SignalInput {
  const statuses = opts.statuses ?? { wonen: 'groen', school: 'groen', toekomstplan: 'groen' }
  return {
    youth: makeYouth({ lastReviewDate: '2026-11-01', ...opts.youth }),
    statuses: new Map(Object.entries(statuses)),
    assessments: new Map(Object.entries(opts.assessments ?? {})),
    redStreaks: new Map(Object.entries(opts.redStreaks ?? {})),
    settings: { reviewCadenceDays: opts.cadence ?? 35 },
    today: opts.today ?? TODAY,
  }
}
