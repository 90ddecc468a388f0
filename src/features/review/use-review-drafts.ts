import { useState } from 'react'
import { assessmentInputOf } from '../../db/assessments-repo'
import { setAssessmentInReview } from '../../db/review-repo'
import {
  assessmentDiffers,
  parseAssessmentInput,
  type AssessmentField,
} from '../../domain/assessment-input'
import type { Assessment, AssessmentInput } from '../../domain/types'
import type { FieldErrors } from '../../domain/validation'

type Drafts = Record<string, AssessmentInput>

/**
 * The assessments of the youth on screen as drafts. A draft is stored when its status is
 * picked, when focus leaves its block, and before moving to another youth — so a reload loses
 * at most the field being typed in.
 */
export function useReviewDrafts(
  reviewId: string,
  youthId: string,
  preconditionIds: readonly string[],
  stored: ReadonlyMap<string, Assessment>,
  actor: string,
) {
  const [drafts, setDrafts] = useState<Drafts>(() =>
    Object.fromEntries(preconditionIds.map((id) => [id, assessmentInputOf(stored.get(id))])),
  )
  const [errors, setErrors] = useState<Record<string, FieldErrors<AssessmentField>>>({})

  /** Stores one draft if it changed; false when it is invalid (errors are shown). */
  async function commit(id: string, value: AssessmentInput | undefined = drafts[id]) {
    if (!value) return true
    if (!assessmentDiffers(assessmentInputOf(stored.get(id)), value)) {
      setErrors((e) => ({ ...e, [id]: {} }))
      return true
    }
    const parsed = parseAssessmentInput(value)
    if (!parsed.ok) {
      setErrors((e) => ({ ...e, [id]: parsed.errors }))
      return false
    }
    setErrors((e) => ({ ...e, [id]: {} }))
    await setAssessmentInReview(reviewId, youthId, id, parsed.values, actor)
    return true
  }

  function change(id: string, value: AssessmentInput) {
    const statusPicked = drafts[id]?.status !== value.status
    setDrafts((d) => ({ ...d, [id]: value }))
    // A new colour is the decision itself: store it at once.
    if (statusPicked) return commit(id, value)
    return Promise.resolve(true)
  }

  /** Stores every changed draft; false when one is invalid. */
  async function commitAll() {
    let ok = true
    for (const id of preconditionIds) ok = (await commit(id)) && ok
    return ok
  }

  return { drafts, errors, change, commit, commitAll }
}
