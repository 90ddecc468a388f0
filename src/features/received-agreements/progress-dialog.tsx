import { useState } from 'react'
import { Dialog } from '../../components/dialog'
import { SelectField, selectOptions, TextAreaField } from '../../components/field'
import { FormActions, ValidatedForm } from '../../components/validated-form'
import { MissingRecordError, StaleRecordError } from '../../db/record-change'
import {
  addProgress,
  checkProgress,
  type ProgressField,
  type ProgressInput,
} from '../../db/received-agreements-repo'
import { PROGRESS_STATUSES, type ReceivedAgreement } from '../../domain/agreements/received'
import { useFormErrors } from '../../hooks/use-form-errors'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'

/**
 * Voortgang on one afspraak: loopt / gedaan / lukt niet (with a reason) and a note. A new
 * entry each time, audited; the newest goes to the gemeente in the next uitwisselbestand.
 */
export function ProgressDialog({
  held,
  onClose,
}: {
  held: ReceivedAgreement
  onClose: () => void
}) {
  const t = useT()
  const g = t.agreements
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const storageMessage = useStorageErrorMessage()
  const [values, setValues] = useState<ProgressInput>({ status: 'loopt', reason: '', text: '' })
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const { errors, setErrors, formRef } = useFormErrors<ProgressField>()
  const labels: Record<ProgressField, string> = {
    status: g.progressStatusLabel,
    reason: g.progressReason,
    text: g.progressText,
  }
  const err = (key: ProgressField) => (errors[key] ? t.validation[errors[key]] : undefined)
  const set =
    <K extends ProgressField>(key: K) =>
    (value: ProgressInput[K]) =>
      setValues((prev) => ({ ...prev, [key]: value }))

  async function save() {
    const found = checkProgress(values)
    if (Object.keys(found).length > 0) return setErrors(found)
    setErrors({})
    setBusy(true)
    try {
      await addProgress(held.id, held.version, values, actor)
      show({ tone: 'success', message: g.progressSaved })
      onClose()
    } catch (error) {
      if (error instanceof StaleRecordError) setProblem(t.municipalLists.agreements.stale)
      else if (error instanceof MissingRecordError) setProblem(t.municipalLists.agreements.gone)
      else setProblem(storageMessage(error) ?? t.common.unknownError)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={g.progress} onClose={onClose} description={held.agreement.text}>
      <ValidatedForm formRef={formRef} errors={errors} labels={labels} onSubmit={save}>
        {problem && (
          <p className="error-summary" role="alert">
            {problem}
          </p>
        )}
        <SelectField
          label={g.progressStatusLabel}
          value={values.status}
          options={selectOptions(PROGRESS_STATUSES, g.progressStatus)}
          onChange={set('status')}
          error={err('status')}
          required
        />
        {values.status === 'lukt-niet' && (
          <TextAreaField
            label={g.progressReason}
            hint={g.progressReasonHint}
            value={values.reason}
            onChange={set('reason')}
            error={err('reason')}
            required
          />
        )}
        <TextAreaField
          label={g.progressText}
          value={values.text}
          onChange={set('text')}
          error={err('text')}
        />
        <FormActions submitLabel={t.common.save} onCancel={onClose} busy={busy} />
      </ValidatedForm>
    </Dialog>
  )
}
