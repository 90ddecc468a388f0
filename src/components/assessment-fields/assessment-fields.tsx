import { DateField } from '../date-field'
import { useId } from 'react'
import { addDaysIso, formatDutchDate } from '../../domain/dates'
import { useToday } from '../../hooks/use-today'
import { reasonCodesFor } from '../../domain/reason-codes'
import { OWNERS, type AssessmentInput, type Settings } from '../../domain/types'
import type { FieldErrors } from '../../domain/validation'
import type { AssessmentField } from '../../domain/assessment-input'
import { criteriaOf, useT } from '../../i18n'
import { SelectField, selectOptions, TextAreaField } from '../field'
import { ReasonCodeCheckboxes } from './reason-code-checkboxes'
import { StatusRadioGroup } from './status-radio-group'

interface AssessmentFieldsProps {
  preconditionId: string
  preconditionName: string
  settings: Settings
  value: AssessmentInput
  onChange: (value: AssessmentInput) => void
  errors: FieldErrors<AssessmentField>
  /** False shows only the status (the review folds away settled preconditions). */
  showDetails?: boolean
}

/**
 * The editable parts of one assessment (status, knelpunten, toelichting, actie, eigenaar,
 * streefdatum), with the criteria of the chosen colour beside the status. Used by the
 * assessment dialog on the board and in place during the review.
 */
export function AssessmentFields(props: AssessmentFieldsProps) {
  const { preconditionId, preconditionName, settings, value, onChange, errors } = props
  const showDetails = props.showDetails ?? true
  const t = useT()
  // A streefdatum lies ahead: its example is six weeks from today, never a date gone by.
  const today = useToday()
  const a = t.forms.assessment
  const radioName = useId()
  const precondition = settings.preconditions.find((p) => p.id === preconditionId)
  const criteria = precondition ? criteriaOf(t, precondition) : null
  const set = <K extends keyof AssessmentInput>(key: K, v: AssessmentInput[K]) =>
    onChange({ ...value, [key]: v })
  const err = (key: AssessmentField) => (errors[key] ? t.validation[errors[key]] : undefined)
  const shownCriteria =
    criteria && (value.status === 'groen' || value.status === 'oranje' || value.status === 'rood')
      ? criteria[value.status]
      : null

  return (
    <div className="assessment-fields">
      <div className="assessment-fields__status">
        <StatusRadioGroup
          name={radioName}
          preconditionName={preconditionName}
          value={value.status}
          onChange={(status) => set('status', status)}
        />
        {shownCriteria && (
          <p className={`criteria-note criteria-note--${value.status}`}>
            <strong>
              {a.criteria} {t.statuses[value.status]}:
            </strong>{' '}
            {shownCriteria}
          </p>
        )}
      </div>
      {showDetails && (
        <>
          <ReasonCodeCheckboxes
            codes={reasonCodesFor(preconditionId, settings.reasonCodes)}
            value={value.reasonCodes}
            onChange={(codes) => set('reasonCodes', codes)}
          />
          <div className="assessment-fields__text">
            <TextAreaField
              label={a.note}
              value={value.note}
              onChange={(v) => set('note', v)}
              error={err('note')}
            />
            <TextAreaField
              label={a.action}
              value={value.action}
              onChange={(v) => set('action', v)}
              error={err('action')}
              rows={2}
            />
            <SelectField
              label={a.owner}
              value={value.owner ?? ''}
              placeholder={a.ownerNone}
              options={selectOptions(OWNERS, t.owners)}
              onChange={(v) => set('owner', v === '' ? null : v)}
              error={err('owner')}
            />
            <DateField
              label={a.dueDate}
              hint={t.common.futureDateHint(formatDutchDate(addDaysIso(today, 42)))}
              value={value.dueDate ?? ''}
              onChange={(v) => set('dueDate', v === '' ? null : v)}
              error={err('dueDate')}
            />
          </div>
        </>
      )}
    </div>
  )
}
