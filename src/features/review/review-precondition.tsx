import { useState } from 'react'
import { AssessmentFields } from '../../components/assessment-fields/assessment-fields'
import { ConflictPanel, conflictFieldsOf } from '../../components/conflict-panel/conflict-panel'
import { StatusBadge } from '../../components/status-badge'
import type { EditConflict } from '../../db/save-edit'
import type { AssessmentField } from '../../domain/assessment-input'
import { formatDutchDate } from '../../domain/dates'
import type { SnapshotEntry } from '../../domain/review/snapshot'
import { isOpenStatus } from '../../domain/statuses'
import type { AssessmentInput, Settings, Status } from '../../domain/types'
import type { FieldErrors } from '../../domain/validation'
import type { ConflictChoice } from '../../domain/versions/merge-edit'
import { formatAssessmentValue, useT } from '../../i18n'

interface ReviewPreconditionProps {
  preconditionId: string
  name: string
  settings: Settings
  value: AssessmentInput
  /** The status shown now (n.v.t. when it does not apply at the youth's age). */
  current: Status
  applies: boolean
  previous: SnapshotEntry | undefined
  changedInReview: boolean
  errors: FieldErrors<AssessmentField>
  onChange: (value: AssessmentInput) => void
  /** Focus left this block: store what was typed. */
  onLeave: () => void
  /** Saved elsewhere meanwhile with other values in the same fields: the user chooses. */
  conflict: EditConflict<AssessmentInput> | undefined
  onResolve: (choices: Record<string, ConflictChoice>) => void
}

/** One precondition in the review: the status at the previous review beside the editable one. */
export function ReviewPrecondition(props: ReviewPreconditionProps) {
  const { preconditionId, name, previous, current, changedInReview } = props
  const t = useT()
  const r = t.review
  const before = previous?.statuses[preconditionId]
  const differs = before !== undefined && before !== current
  const headingId = `review-pre-${preconditionId}`
  const open = isOpenStatus(props.value.status)
  const [expanded, setExpanded] = useState(open)
  const hasErrors = Object.keys(props.errors).length > 0
  const showDetails = expanded || hasErrors
  const summary = [props.value.reasonCodes.join(', '), props.value.note, props.value.action]
    .filter(Boolean)
    .join(' · ')
  return (
    <section
      className={`review-pre${differs || changedInReview ? ' review-pre--changed' : ''}`}
      aria-labelledby={headingId}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) props.onLeave()
      }}
    >
      <header className="review-pre__header">
        <h3 id={headingId} className="review-pre__name">
          {name}
        </h3>
        <p className="review-pre__previous">
          {previous && before ? (
            <>
              {r.previousReview(formatDutchDate(previous.date))}: <StatusBadge status={before} />
            </>
          ) : (
            r.previousNone
          )}
        </p>
        {(differs || changedInReview) && (
          <p className="review-pre__changed">
            <span aria-hidden="true">✎ </span>
            <strong>{r.changed}</strong>
            {' — '}
            {[differs && r.changedSincePrevious, changedInReview && r.changedNow]
              .filter(Boolean)
              .join(', ')}
          </p>
        )}
      </header>
      {!props.applies && (
        <p className="notice-inline">
          {t.forms.assessment.notApplicable(props.settings.futurePlanAge)}
        </p>
      )}
      {props.conflict ? (
        // The fields wait until the user chose: nothing typed meanwhile can get lost.
        <ConflictPanel
          fields={conflictFieldsOf(
            props.conflict.merge,
            props.conflict.theirs,
            (field) => t.forms.assessment[field],
            (field, v) => formatAssessmentValue(t, props.settings.reasonCodes, field, v),
          )}
          lastChange={props.conflict.lastChange}
          onSave={props.onResolve}
        />
      ) : (
        <AssessmentFields
          preconditionId={preconditionId}
          preconditionName={name}
          settings={props.settings}
          value={props.value}
          onChange={(value) => {
            // A new rood or oranje needs knelpunten and an action: unfold them.
            if (value.status !== props.value.status && isOpenStatus(value.status)) setExpanded(true)
            props.onChange(value)
          }}
          errors={props.errors}
          showDetails={showDetails}
        />
      )}
      {!showDetails && summary && <p className="review-pre__summary">{summary}</p>}
      <button
        type="button"
        className="button button--small button--ghost"
        aria-expanded={showDetails}
        onClick={() => setExpanded(!showDetails)}
      >
        {showDetails ? r.hideDetails : r.showDetails}
      </button>
    </section>
  )
}
