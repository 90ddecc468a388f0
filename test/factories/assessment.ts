import type { Assessment, AssessmentInput } from '../../src/domain/types'

/** The editable part of an assessment: oranje, without knelpunten, action or streefdatum. */
export function makeAssessmentInput(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    status: 'oranje',
    reasonCodes: [],
    note: '',
    action: '',
    owner: null,
    dueDate: null,
    ...overrides,
  }
}

/** A stored oranje assessment of Wonen for youth-1 (see makeYouth), with overrides. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    youthId: 'youth-1',
    preconditionId: 'wonen',
    ...makeAssessmentInput(),
    changedBy: 'A. Bakker',
    changedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}
