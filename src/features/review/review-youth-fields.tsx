import { useState } from 'react'
import { DateField } from '../../components/date-field'
import { SelectField, selectOptions } from '../../components/field'
import { updateYouthInReview } from '../../db/review-repo'
import { DESTINATIONS, type Destination, type Youth } from '../../domain/types'
import { parseYouthInput, youthToInput } from '../../domain/youth-input'
import { useT, type Dictionary } from '../../i18n'

/** Draft of perspectief and beoogde uitstroomdatum, stored on change/blur and before moving on. */
export function useYouthFieldsDraft(
  reviewId: string,
  youth: Youth,
  today: string,
  actor: string,
  t: Dictionary,
) {
  const [perspective, setPerspective] = useState<Destination | ''>(youth.perspective ?? '')
  const [outflowDate, setOutflowDate] = useState(youth.expectedOutflowDate ?? '')
  const [error, setError] = useState<string | undefined>()

  async function flush(next = { perspective, outflowDate }): Promise<boolean> {
    if (
      next.perspective === (youth.perspective ?? '') &&
      next.outflowDate === (youth.expectedOutflowDate ?? '')
    )
      return true
    const input = {
      ...youthToInput(youth),
      perspective: next.perspective,
      expectedOutflowDate: next.outflowDate,
    }
    const parsed = parseYouthInput(input, today)
    if (!parsed.ok) {
      const code = parsed.errors.expectedOutflowDate ?? parsed.errors.perspective
      setError(code ? t.validation[code] : t.common.unknownError)
      return false
    }
    setError(undefined)
    await updateYouthInReview(reviewId, youth.id, parsed.values, actor)
    return true
  }

  return { perspective, setPerspective, outflowDate, setOutflowDate, error, flush }
}

export type YouthFieldsDraft = ReturnType<typeof useYouthFieldsDraft>

/** Perspectief and beoogde uitstroomdatum, editable in place during the review. */
export function ReviewYouthFields({ draft }: { draft: YouthFieldsDraft }) {
  const t = useT()
  const f = t.forms.youth
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
