import { useState } from 'react'
import { assessmentInputOf, setAssessment } from '../../db/assessments-repo'
import { inReviewOrPlain, setAssessmentInReview } from '../../db/review-repo'
import { saveEdit, type EditConflict, type EditOutcome, type EditStart } from '../../db/save-edit'
import {
  assessmentDiffers,
  parseAssessmentInput,
  type AssessmentField,
} from '../../domain/assessment-input'
import type { Assessment, AssessmentInput } from '../../domain/types'
import type { FieldErrors } from '../../domain/validation'
import { resolveConflicts, type ConflictChoice } from '../../domain/versions/merge-edit'
import { versionOf } from '../../domain/versions/record-version'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'

/** What storing a draft came to: stored (or nothing to store), refused, or awaiting a choice. */
export type CommitResult = 'ok' | 'invalid' | 'conflict'

/** The worst of several results: a pending choice first, then invalid fields. */
export function worstOf(results: readonly CommitResult[]): CommitResult {
  if (results.includes('conflict')) return 'conflict'
  return results.includes('invalid') ? 'invalid' : 'ok'
}

type Drafts = Record<string, AssessmentInput>
type Starts = Record<string, EditStart<AssessmentInput>>
type Conflicts = Record<string, EditConflict<AssessmentInput>>

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== id))
}

const startOf = (a: Assessment | undefined): EditStart<AssessmentInput> => ({
  base: assessmentInputOf(a),
  version: versionOf(a),
})

/**
 * The assessments of the youth on screen as drafts. A draft is stored when its status is
 * picked, when focus leaves its block, and before moving to another youth — so a reload loses
 * at most the field being typed in. Each draft remembers the version it started from: an
 * untouched draft follows changes saved elsewhere, a changed one merges with them on storing,
 * or waits for the user's choice where both changed the same field.
 */
export function useReviewDrafts(
  reviewId: string,
  youthId: string,
  preconditionIds: readonly string[],
  stored: ReadonlyMap<string, Assessment>,
  actor: string,
) {
  const t = useT()
  const show = useNotices((s) => s.show)
  const [drafts, setDrafts] = useState<Drafts>(() =>
    Object.fromEntries(preconditionIds.map((id) => [id, assessmentInputOf(stored.get(id))])),
  )
  const [starts, setStarts] = useState<Starts>(() =>
    Object.fromEntries(preconditionIds.map((id) => [id, startOf(stored.get(id))])),
  )
  const [conflicts, setConflicts] = useState<Conflicts>({})
  const [errors, setErrors] = useState<Record<string, FieldErrors<AssessmentField>>>({})
  const [seen, setSeen] = useState(stored)

  // Saved elsewhere (another tab) since this youth came on screen: untouched drafts follow.
  if (seen !== stored) {
    setSeen(stored)
    const follow = preconditionIds.filter((id) => {
      const start = starts[id]
      const draft = drafts[id]
      return (
        start !== undefined &&
        draft !== undefined &&
        !conflicts[id] &&
        versionOf(stored.get(id)) !== start.version &&
        !assessmentDiffers(start.base, draft)
      )
    })
    if (follow.length > 0) {
      const next: Starts = Object.fromEntries(follow.map((id) => [id, startOf(stored.get(id))]))
      const values: Drafts = Object.fromEntries(
        follow.map((id) => [id, startOf(stored.get(id)).base]),
      )
      setStarts((s) => ({ ...s, ...next }))
      setDrafts((d) => ({ ...d, ...values }))
    }
  }

  /** After a save: the next edit starts from what was stored, merged fields show on screen. */
  function settle(
    id: string,
    committed: AssessmentInput,
    outcome: EditOutcome<AssessmentInput, Assessment>,
  ): CommitResult {
    if (outcome.kind === 'conflict') {
      setConflicts((c) => ({ ...c, [id]: outcome.conflict }))
      return 'conflict'
    }
    const { record, taken, lastChange } = outcome
    const values = assessmentInputOf(record)
    setConflicts((c) => without(c, id))
    setStarts((s) => ({ ...s, [id]: { base: values, version: versionOf(record) } }))
    // Typed on since the save began: keep that, and show only what was merged in.
    const takenValues = Object.fromEntries(taken.map((f) => [f, values[f]]))
    setDrafts((d) => {
      const current = d[id]
      const next = !current || current === committed ? values : { ...current, ...takenValues }
      return { ...d, [id]: next }
    })
    if (taken.length > 0) {
      const fields = taken.map((f) => t.history.assessmentFields[f]).join(', ')
      show({ tone: 'info', message: t.conflicts.merged(lastChange?.actor ?? null, fields) })
    }
    return 'ok'
  }

  // Closed elsewhere while on screen: what was typed is saved as a plain edit (never lost).
  const write = (id: string) => (values: AssessmentInput, version: number) =>
    inReviewOrPlain(
      () => setAssessmentInReview(reviewId, youthId, id, values, actor, version),
      () => setAssessment(youthId, id, values, actor, version),
    )
  const valuesOf = (a: unknown) => assessmentInputOf(a as Assessment | undefined)

  /** Stores one draft if it changed. */
  async function commit(
    id: string,
    value: AssessmentInput | undefined = drafts[id],
  ): Promise<CommitResult> {
    const start = starts[id]
    if (!value || !start) return 'ok'
    if (conflicts[id]) return 'conflict'
    if (!assessmentDiffers(start.base, value)) {
      setErrors((e) => ({ ...e, [id]: {} }))
      return 'ok'
    }
    const parsed = parseAssessmentInput(value)
    if (!parsed.ok) {
      setErrors((e) => ({ ...e, [id]: parsed.errors }))
      return 'invalid'
    }
    setErrors((e) => ({ ...e, [id]: {} }))
    return settle(id, value, await saveEdit(start, parsed.values, write(id), valuesOf))
  }

  /** Stores the user's choice between the two versions of one precondition. */
  async function resolve(
    id: string,
    choices: Record<string, ConflictChoice>,
  ): Promise<CommitResult> {
    const conflict = conflicts[id]
    const value = drafts[id]
    if (!conflict || !value) return 'ok'
    const mine = resolveConflicts(conflict.merge, conflict.theirs, choices)
    const from = { base: conflict.theirs, version: conflict.version }
    return settle(id, value, await saveEdit(from, mine, write(id), valuesOf))
  }

  function dismiss(id: string) {
    setConflicts((c) => without(c, id))
  }

  function change(id: string, value: AssessmentInput) {
    const statusPicked = drafts[id]?.status !== value.status
    setDrafts((d) => ({ ...d, [id]: value }))
    // A new colour is the decision itself: store it at once.
    if (statusPicked) return commit(id, value)
    return Promise.resolve<CommitResult>('ok')
  }

  /** Stores every changed draft, one after the other. */
  async function commitAll(): Promise<CommitResult> {
    const results: CommitResult[] = []
    for (const id of preconditionIds) results.push(await commit(id))
    return worstOf(results)
  }

  return { drafts, errors, conflicts, change, commit, commitAll, resolve, dismiss }
}
