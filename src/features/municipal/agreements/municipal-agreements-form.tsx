import { useId, useState } from 'react'
import { DateField } from '../../../components/date-field'
import { Dialog } from '../../../components/dialog'
import { InputField, SelectField, selectOptions, TextAreaField } from '../../../components/field'
import { FormActions, ValidatedForm } from '../../../components/validated-form'
import {
  addAgreement,
  listAgreements,
  MissingRecordError,
  StaleRecordError,
  updateAgreement,
} from '../../../db/municipal-repo'
import { formatDutchDate } from '../../../domain/dates'
import type { Agreement } from '../../../domain/municipal'
import { OWNERS, type IsoDate } from '../../../domain/types'
import { ValidationError, type FieldErrors } from '../../../domain/validation'
import { useFormErrors } from '../../../hooks/use-form-errors'
import { useT } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'
import { useActor } from '../../../stores/preferences-store'
import {
  EMPTY_AGREEMENT_FORM,
  formValuesOf,
  parseAgreementForm,
  type AgreementFormField,
  type AgreementFormValues,
} from './municipal-agreements-input'
import { useStorageErrorMessage } from '../../../hooks/use-storage-error-message'

export interface AgreementProvider {
  providerKey: string
  providerName: string
}

interface AgreementFormProps {
  /** Null: a new afspraak in `rondeDate`. */
  editing: Agreement | null
  rondeDate: IsoDate
  providers: readonly AgreementProvider[]
  /** Knelpuntcodes to suggest. */
  codes: readonly string[]
  onClose: () => void
}

/**
 * Afspraak toevoegen or bewerken. An edit carries the version it started from: when the
 * afspraak changed elsewhere meanwhile, nothing is written, the latest version is read and
 * shown, and only a second, deliberate Opslaan puts the user's text over it.
 */
export function AgreementFormDialog(props: AgreementFormProps) {
  const { editing, rondeDate, providers, codes, onClose } = props
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const a = t.municipalLists.agreements
  const f = a.fields
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const codeListId = useId()
  const [values, setValues] = useState<AgreementFormValues>(() =>
    editing ? formValuesOf(editing) : EMPTY_AGREEMENT_FORM,
  )
  // The version the next save starts from; replaced by the latest after a conflict.
  const [base, setBase] = useState<Agreement | null>(editing)
  const [conflict, setConflict] = useState<'stale' | 'gone' | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, setErrors, formRef } = useFormErrors<AgreementFormField>()
  const set =
    <K extends AgreementFormField>(key: K) =>
    (value: AgreementFormValues[K]) =>
      setValues((prev) => ({ ...prev, [key]: value }))
  const err = (key: AgreementFormField) => (errors[key] ? t.validation[errors[key]] : undefined)
  const labels: Record<AgreementFormField, string> = {
    providerKey: f.provider,
    text: f.text,
    reasonCode: f.reasonCode,
    clientRef: f.clientRef,
    owner: f.owner,
    dueDate: f.dueDate,
  }

  async function save() {
    const parsed = parseAgreementForm(values)
    if (!parsed.ok) return setErrors(parsed.errors)
    setErrors({})
    setBusy(true)
    try {
      if (base) {
        await updateAgreement(base.id, base.version, parsed.values, actor)
        show({ tone: 'success', message: a.saved })
      } else {
        const provider = providers.find((p) => p.providerKey === parsed.values.providerKey)
        await addAgreement(
          { ...parsed.values, providerName: provider?.providerName ?? '', rondeDate },
          actor,
        )
        show({ tone: 'success', message: a.added })
      }
      onClose()
    } catch (error) {
      if (error instanceof StaleRecordError && base) {
        const latest = (await listAgreements()).find((x) => x.id === base.id)
        if (latest) setBase(latest)
        setConflict(latest ? 'stale' : 'gone')
      } else if (error instanceof MissingRecordError) {
        setConflict('gone')
      } else if (error instanceof ValidationError) {
        setErrors(error.fields as FieldErrors<AgreementFormField>)
      } else {
        show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
      }
    } finally {
      setBusy(false)
    }
  }

  const providerName = editing?.providerName ?? ''
  return (
    <Dialog
      title={editing ? a.editTitle(providerName) : a.addTitle}
      onClose={onClose}
      description={editing ? undefined : a.forRonde(formatDutchDate(rondeDate))}
      size="wide"
    >
      <ValidatedForm formRef={formRef} errors={errors} labels={labels} onSubmit={save}>
        {conflict && (
          <div className="error-summary" role="alert">
            <p className="error-summary__title">{conflict === 'stale' ? a.staleForm : a.gone}</p>
            {conflict === 'stale' && base && (
              <p>
                <strong>{a.latestText}</strong> {base.text}
              </p>
            )}
          </div>
        )}
        {!editing && (
          <SelectField
            label={f.provider}
            value={values.providerKey}
            placeholder={t.common.choose}
            options={providers.map((p) => ({ value: p.providerKey, label: p.providerName }))}
            onChange={set('providerKey')}
            error={err('providerKey')}
            required
          />
        )}
        <TextAreaField
          label={f.text}
          hint={a.textHint}
          value={values.text}
          onChange={set('text')}
          error={err('text')}
          required
          initialFocus={Boolean(editing)}
        />
        <div className="form__row">
          <InputField
            label={f.reasonCode}
            hint={a.reasonCodeHint}
            value={values.reasonCode}
            onChange={set('reasonCode')}
            error={err('reasonCode')}
            list={codeListId}
          />
          <InputField
            label={f.clientRef}
            hint={a.clientRefHint}
            value={values.clientRef}
            onChange={set('clientRef')}
            error={err('clientRef')}
          />
        </div>
        <datalist id={codeListId}>
          {codes.map((code) => (
            <option key={code} value={code}>
              {t.reasonCodes[code] ?? code}
            </option>
          ))}
        </datalist>
        <div className="form__row">
          <SelectField
            label={f.owner}
            value={values.owner}
            placeholder={a.ownerNone}
            options={selectOptions(OWNERS, t.owners)}
            onChange={set('owner')}
            error={err('owner')}
          />
          <DateField
            label={f.dueDate}
            value={values.dueDate}
            onChange={set('dueDate')}
            error={err('dueDate')}
          />
        </div>
        <FormActions
          submitLabel={t.common.save}
          onCancel={onClose}
          busy={busy || conflict === 'gone'}
        />
      </ValidatedForm>
    </Dialog>
  )
}
