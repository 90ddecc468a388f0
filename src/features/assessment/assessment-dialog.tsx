import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useRef, useState } from 'react'
import { AssessmentFields } from '../../components/assessment-fields/assessment-fields'
import { ConflictPanel, conflictFieldsOf } from '../../components/conflict-panel/conflict-panel'
import { Dialog } from '../../components/dialog'
import { FormActions, ValidatedForm } from '../../components/validated-form'
import { assessmentInputOf, getAssessment, setAssessment } from '../../db/assessments-repo'
import { StaleRecordError } from '../../db/stale-record'
import { getYouth } from '../../db/youths-repo'
import { parseAssessmentInput, type AssessmentField } from '../../domain/assessment-input'
import { formatMomentDate } from '../../domain/moments'
import { isApplicable } from '../../domain/preconditions'
import type { Assessment, AssessmentInput, Settings, Status, Youth } from '../../domain/types'
import type { ConflictChoice } from '../../domain/versions/merge-edit'
import { versionOf } from '../../domain/versions/record-version'
import { useFormErrors } from '../../hooks/use-form-errors'
import { useSettings } from '../../hooks/use-settings'
import { useStatusShortcuts } from '../../hooks/use-status-shortcuts'
import { useToday } from '../../hooks/use-today'
import { useVersionedEdit, type SavedEdit } from '../../hooks/use-versioned-edit'
import { formatAssessmentValue, preconditionName, useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'

interface AssessmentDialogProps {
  youthId: string
  preconditionId: string
  onClose: () => void
}

/** Opened from a status cell: the whole assessment of one precondition, keyboard-first. */
export function AssessmentDialog({ youthId, preconditionId, onClose }: AssessmentDialogProps) {
  const settings = useSettings()
  const data = useLiveQuery(async () => {
    const [youth, assessment] = await Promise.all([
      getYouth(youthId),
      getAssessment(youthId, preconditionId),
    ])
    return { youth, assessment }
  }, [youthId, preconditionId])
  if (!settings || !data?.youth) return null
  return (
    <AssessmentForm
      youth={data.youth}
      assessment={data.assessment}
      preconditionId={preconditionId}
      settings={settings}
      onClose={onClose}
    />
  )
}

interface AssessmentFormProps {
  youth: Youth
  assessment: Assessment | undefined
  preconditionId: string
  settings: Settings
  onClose: () => void
}

/** A save that failed, said just above the buttons the user pressed, and scrolled into view. */
function SaveError({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    // jsdom has no scrolling.
    ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [message])
  return (
    <p ref={ref} className="error-summary" role="alert">
      {message}
    </p>
  )
}

function AssessmentForm({
  youth,
  assessment,
  preconditionId,
  settings,
  onClose,
}: AssessmentFormProps) {
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const a = t.forms.assessment
  const actor = useActor()
  const today = useToday()
  const show = useNotices((s) => s.show)
  const [value, setValue] = useState<AssessmentInput>(() => assessmentInputOf(assessment))
  // The dialog follows the stored assessment live, but the edit stays based on the version
  // it was opened on: a save over a newer one merges or asks (useVersionedEdit).
  const edit = useVersionedEdit<AssessmentInput, Assessment>(
    { base: assessmentInputOf(assessment), version: versionOf(assessment) },
    (values, version) => setAssessment(youth.id, preconditionId, values, actor, version),
    (stored) => assessmentInputOf(stored as Assessment | undefined),
  )
  const { errors, setErrors, formRef } = useFormErrors<AssessmentField>()
  const [saveError, setSaveError] = useState<string | null>(null)
  const precondition = settings.preconditions.find((p) => p.id === preconditionId)
  const name = precondition ? preconditionName(t, precondition) : preconditionId
  const applies = isApplicable(preconditionId, youth, settings, today)

  const setStatus = useCallback((status: Status) => setValue((v) => ({ ...v, status })), [])
  useStatusShortcuts({
    onStatus: setStatus,
    onSave: () => void submit(),
    enabled: edit.conflict === null,
  })

  function saved({ record, previous, taken, lastChange }: SavedEdit<AssessmentInput, Assessment>) {
    show({
      tone: 'success',
      message: a.saved(`${youth.clientRef} ${name}`, t.statuses[record.status]),
      undo: () =>
        setAssessment(youth.id, preconditionId, previous, actor, versionOf(record)).catch(
          (error: unknown) =>
            show({
              tone: 'error',
              message:
                error instanceof StaleRecordError ? t.conflicts.undoStale : t.common.unknownError,
            }),
        ),
    })
    if (taken.length > 0) {
      const fields = taken.map((f) => t.history.assessmentFields[f]).join(', ')
      show({
        tone: 'info',
        message: t.conflicts.merged(lastChange?.actor ?? null, fields),
      })
    }
    onClose()
  }

  async function store(save: () => Promise<SavedEdit<AssessmentInput, Assessment> | null>) {
    setSaveError(null)
    try {
      const outcome = await save()
      if (outcome) saved(outcome)
    } catch (error) {
      // Said in the dialog, where the user is looking, not in a notice behind it.
      setSaveError(storageMessage(error) ?? t.common.unknownError)
    }
  }

  async function submit() {
    const parsed = parseAssessmentInput(value)
    if (!parsed.ok) return setErrors(parsed.errors)
    await store(() => edit.save(parsed.values))
  }

  const conflict = edit.conflict

  return (
    <Dialog
      title={a.title(
        name,
        youth.displayName ? `${youth.clientRef} (${youth.displayName})` : youth.clientRef,
      )}
      onClose={onClose}
      size="wide"
      description={
        assessment
          ? a.lastChanged(assessment.changedBy, formatMomentDate(assessment.changedAt))
          : a.neverAssessed
      }
    >
      {conflict && (
        <ConflictPanel
          fields={conflictFieldsOf(
            conflict.merge,
            conflict.theirs,
            (field) => a[field],
            (field, v) => formatAssessmentValue(t, settings.reasonCodes, field, v),
          )}
          lastChange={conflict.lastChange}
          onSave={(choices: Record<string, ConflictChoice>) =>
            void store(() => edit.resolve(choices))
          }
          onBack={edit.dismiss}
        />
      )}
      {saveError && conflict && <SaveError message={saveError} />}
      <ValidatedForm
        hidden={conflict !== null}
        formRef={formRef}
        errors={errors}
        labels={{
          status: a.status,
          reasonCodes: a.reasonCodes,
          note: a.note,
          action: a.action,
          owner: a.owner,
          dueDate: a.dueDate,
        }}
        onSubmit={submit}
      >
        {!applies && <p className="notice-inline">{a.notApplicable(settings.futurePlanAge)}</p>}
        <AssessmentFields
          preconditionId={preconditionId}
          preconditionName={name}
          settings={settings}
          value={value}
          onChange={setValue}
          errors={errors}
        />
        <p className="form__hint">{a.keyboardHint}</p>
        {saveError && !conflict && <SaveError message={saveError} />}
        <FormActions submitLabel={t.common.save} onCancel={onClose} />
      </ValidatedForm>
    </Dialog>
  )
}
