import { useState } from 'react'
import { ConflictPanel, conflictFieldsOf } from '../../components/conflict-panel/conflict-panel'
import { DateField } from '../../components/date-field'
import { SelectField, selectOptions } from '../../components/field'
import { inReviewOrPlain, updateYouthInReview } from '../../db/review-repo'
import { updateYouth } from '../../db/youths-repo'
import { DESTINATIONS, type Destination, type Youth } from '../../domain/types'
import type { ConflictChoice } from '../../domain/versions/merge-edit'
import { versionOf } from '../../domain/versions/record-version'
import {
  parseYouthInput,
  youthToInput,
  youthValuesOf,
  type YouthField,
  type YouthValues,
} from '../../domain/youth-input'
import { useVersionedEdit, type SavedEdit } from '../../hooks/use-versioned-edit'
import { formatYouthValue, useT, type Dictionary } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import type { CommitResult } from './use-review-drafts'

const startOf = (youth: Youth) => ({ base: youthValuesOf(youth), version: versionOf(youth) })

/**
 * Draft of perspectief and beoogde uitstroomdatum, stored on change/blur and before moving on.
 * Based on the version loaded: untouched, it follows changes saved elsewhere; changed, it merges
 * with them on storing, or waits for the user's choice where both changed the same field.
 */
export function useYouthFieldsDraft(
  reviewId: string,
  youth: Youth,
  today: string,
  actor: string,
  t: Dictionary,
) {
  const show = useNotices((s) => s.show)
  const edit = useVersionedEdit<YouthValues, Youth>(
    startOf(youth),
    (values, version) =>
      inReviewOrPlain(
        () => updateYouthInReview(reviewId, youth.id, values, actor, version),
        () => updateYouth(youth.id, values, actor, version),
      ),
    (stored) => youthValuesOf(stored as Youth),
  )
  const [perspective, setPerspective] = useState<Destination | ''>(youth.perspective ?? '')
  const [outflowDate, setOutflowDate] = useState(youth.expectedOutflowDate ?? '')
  const [error, setError] = useState<string | undefined>()
  const [seen, setSeen] = useState(youth)
  const { base } = edit.start
  const unchanged = (next: { perspective: string; outflowDate: string }) =>
    next.perspective === (base.perspective ?? '') &&
    next.outflowDate === (base.expectedOutflowDate ?? '')

  // Saved elsewhere (another tab) while untouched here: show the newer values.
  if (seen !== youth) {
    setSeen(youth)
    const untouched = unchanged({ perspective, outflowDate })
    if (untouched && !edit.conflict && versionOf(youth) !== edit.start.version) {
      edit.restart(startOf(youth))
      setPerspective(youth.perspective ?? '')
      setOutflowDate(youth.expectedOutflowDate ?? '')
    }
  }

  /** Shows what was stored, and says so when fields of a newer version were kept. */
  function settle(saved: SavedEdit<YouthValues, Youth> | null): CommitResult {
    if (!saved) return 'conflict'
    // Only what came from the newer version: the user may be typing in the other field.
    if (saved.taken.includes('perspective')) setPerspective(saved.record.perspective ?? '')
    if (saved.taken.includes('expectedOutflowDate'))
      setOutflowDate(saved.record.expectedOutflowDate ?? '')
    if (saved.taken.length > 0) {
      const fields = saved.taken.map((f) => t.history.fields[f]).join(', ')
      show({ tone: 'info', message: t.conflicts.merged(saved.lastChange?.actor ?? null, fields) })
    }
    return 'ok'
  }

  async function flush(next = { perspective, outflowDate }): Promise<CommitResult> {
    if (edit.conflict) return 'conflict'
    if (unchanged(next)) return 'ok'
    const input = {
      ...youthToInput(base),
      perspective: next.perspective,
      expectedOutflowDate: next.outflowDate,
    }
    const parsed = parseYouthInput(input, today)
    if (!parsed.ok) {
      const code = parsed.errors.expectedOutflowDate ?? parsed.errors.perspective
      setError(code ? t.validation[code] : t.common.unknownError)
      return 'invalid'
    }
    setError(undefined)
    return settle(await edit.save(parsed.values))
  }

  async function resolve(choices: Record<string, ConflictChoice>): Promise<CommitResult> {
    return settle(await edit.resolve(choices))
  }

  return {
    perspective,
    setPerspective,
    outflowDate,
    setOutflowDate,
    error,
    flush,
    conflict: edit.conflict,
    resolve,
  }
}

export type YouthFieldsDraft = ReturnType<typeof useYouthFieldsDraft>

/** Perspectief and beoogde uitstroomdatum, editable in place during the review. */
export function ReviewYouthFields({
  draft,
  onResolve,
}: {
  draft: YouthFieldsDraft
  onResolve: (choices: Record<string, ConflictChoice>) => void
}) {
  const t = useT()
  const f = t.forms.youth
  const label = (field: YouthField) =>
    field === 'perspective'
      ? f.perspective
      : field === 'expectedOutflowDate'
        ? f.expectedOutflowDate
        : t.history.fields[field]
  if (draft.conflict)
    return (
      <ConflictPanel
        fields={conflictFieldsOf(draft.conflict.merge, draft.conflict.theirs, label, (field, v) =>
          formatYouthValue(t, field, v),
        )}
        lastChange={draft.conflict.lastChange}
        onSave={onResolve}
      />
    )
  return (
    <fieldset
      className="review-youth__fields"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) void draft.flush()
      }}
    >
      <legend className="visually-hidden">{t.review.youthFields}</legend>
      <SelectField
        label={f.perspective}
        value={draft.perspective}
        placeholder={t.common.choose}
        options={selectOptions(DESTINATIONS, t.destinations)}
        onChange={(v) => {
          draft.setPerspective(v)
          void draft.flush({ perspective: v, outflowDate: draft.outflowDate })
        }}
      />
      <DateField
        label={f.expectedOutflowDate}
        value={draft.outflowDate}
        onChange={draft.setOutflowDate}
        error={draft.error}
      />
    </fieldset>
  )
}
