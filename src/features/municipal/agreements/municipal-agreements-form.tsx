import { useId, useState } from 'react'
import { ConflictPanel, conflictFieldsOf } from '../../../components/conflict-panel/conflict-panel'
import { DateField } from '../../../components/date-field'
import { Dialog } from '../../../components/dialog'
import { InputField, SelectField, selectOptions, TextAreaField } from '../../../components/field'
import { FormActions, ValidatedForm } from '../../../components/validated-form'
import { addAgreement, MissingRecordError, updateAgreement } from '../../../db/municipal-repo'
import { AGREEMENT_KINDS, AGREEMENT_OWNERS } from '../../../domain/agreements/agreements-schema'
import { formatDutchDate } from '../../../domain/dates'
import type { Agreement } from '../../../domain/municipal'
import type { IsoDate } from '../../../domain/types'
import { ValidationError, type FieldErrors } from '../../../domain/validation'
import { versionOf } from '../../../domain/versions/record-version'
import { useToday } from '../../../hooks/use-today'
import { useFormErrors } from '../../../hooks/use-form-errors'
import { useStorageErrorMessage } from '../../../hooks/use-storage-error-message'
import { useVersionedEdit, type SavedEdit } from '../../../hooks/use-versioned-edit'
import { useT, type Dictionary } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'
import { useActor } from '../../../stores/preferences-store'
import {
  agreementEditOf,
  dueDateExample,
  EMPTY_AGREEMENT_FORM,
  formValuesOf,
  parseAgreementForm,
  type AgreementEdit,
  type AgreementEditField,
  type AgreementFormField,
  type AgreementFormValues,
} from './municipal-agreements-input'

export interface AgreementProvider {
  providerKey: string
  providerName: string
}

interface AgreementFormProps {
  /** Null: a new afspraak in `rondeDate`. */
  editing: Agreement | null
  rondeDate: IsoDate
  providers: readonly AgreementProvider[]
  /** Knelpuntcodes to suggest; a new code must be one of them. */
  codes: readonly string[]
  /** A new afspraak's first values (Afspraak maken from a signaal). */
  initial?: Partial<AgreementFormValues>
  onClose: () => void
}

/** A field of an afspraak as the conflict panel shows it. */
function formatEditValue<F extends AgreementEditField>(
  t: Dictionary,
  field: F,
  value: AgreementEdit[F],
): string {
  if (value === null || value === '') return ''
  if (Array.isArray(value)) return value.join(', ')
  if (field === 'owner') return t.agreements.owners[value as NonNullable<AgreementEdit['owner']>]
  if (field === 'kind') return t.agreements.kinds[value as NonNullable<AgreementEdit['kind']>]
  if (field === 'dueDate') return formatDutchDate(value)
  return value
}

/**
 * Afspraak toevoegen or bewerken. An edit carries the version it started from, as every edit
 * does (useVersionedEdit): when the afspraak changed elsewhere meanwhile, fields only one side
 * changed are merged, and fields both changed are offered side by side before anything is
 * written.
 */
export function AgreementFormDialog(props: AgreementFormProps) {
  const { editing, rondeDate, providers, codes, initial, onClose } = props
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const a = t.municipalLists.agreements
  const f = a.fields
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const codeListId = useId()
  const today = useToday()
  const [values, setValues] = useState<AgreementFormValues>(() =>
    editing ? formValuesOf(editing) : { ...EMPTY_AGREEMENT_FORM, ...initial },
  )
  const edit = useVersionedEdit<AgreementEdit, Agreement>(
    { base: agreementEditOf(editing ?? undefined), version: editing ? versionOf(editing) : 0 },
    (changes, version) => updateAgreement(editing?.id ?? '', version, changes, actor, rondeDate),
    (stored) => agreementEditOf(stored as Agreement | undefined),
  )
  const [gone, setGone] = useState(false)
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
    clientRef: t.agreements.fields.clientRefs,
    owner: f.owner,
    kind: t.agreements.fields.kind,
    response: t.agreements.fields.response,
    dueDate: f.dueDate,
  }
  const editLabels: Record<AgreementEditField, string> = {
    ...labels,
    clientRefs: labels.clientRef,
  }

  function saved({ taken, lastChange }: SavedEdit<AgreementEdit, Agreement>) {
    show({ tone: 'success', message: a.saved })
    if (taken.length > 0) {
      const fields = taken.map((field) => editLabels[field]).join(', ')
      show({ tone: 'info', message: t.conflicts.merged(lastChange?.actor ?? null, fields) })
    }
    onClose()
  }

  async function store(save: () => Promise<SavedEdit<AgreementEdit, Agreement> | null>) {
    setBusy(true)
    try {
      const outcome = await save()
      if (outcome) saved(outcome)
    } catch (error) {
      if (error instanceof MissingRecordError) setGone(true)
      else if (error instanceof ValidationError) {
        setErrors(error.fields as FieldErrors<AgreementFormField>)
      } else show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
    } finally {
      setBusy(false)
    }
  }

  async function save() {
    const parsed = parseAgreementForm(values, {
      today,
      previousDueDate: editing?.dueDate ?? null,
      knownCodes: codes,
      previousReasonCode: editing?.reasonCode ?? null,
    })
    if (!parsed.ok) return setErrors(parsed.errors)
    setErrors({})
    const { providerKey, ...changes } = parsed.values
    if (editing) return store(() => edit.save(changes))
    setBusy(true)
    try {
      const provider = providers.find((p) => p.providerKey === providerKey)
      await addAgreement(
        { ...parsed.values, providerName: provider?.providerName ?? '', rondeDate },
        actor,
      )
      show({ tone: 'success', message: a.added })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(error.fields as FieldErrors<AgreementFormField>)
      } else show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
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
      {edit.conflict && (
        <ConflictPanel
          fields={conflictFieldsOf(
            edit.conflict.merge,
            edit.conflict.theirs,
            (field) => editLabels[field],
            (field, value) => formatEditValue(t, field, value),
          )}
          lastChange={edit.conflict.lastChange}
          onSave={(choices) => void store(() => edit.resolve(choices))}
          onBack={edit.dismiss}
        />
      )}
      <ValidatedForm
        hidden={edit.conflict !== null}
        formRef={formRef}
        errors={errors}
        labels={labels}
        onSubmit={save}
      >
        {gone && (
          <p className="error-summary" role="alert">
            {a.gone}
          </p>
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
            label={t.agreements.fields.clientRefs}
            hint={t.agreements.clientRefsHint}
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
            options={selectOptions(AGREEMENT_OWNERS, t.agreements.owners)}
            onChange={set('owner')}
            error={err('owner')}
          />
          <DateField
            label={f.dueDate}
            hint={t.common.futureDateHint(formatDutchDate(dueDateExample(today, rondeDate)))}
            value={values.dueDate}
            onChange={set('dueDate')}
            error={err('dueDate')}
          />
        </div>
        <SelectField
          label={t.agreements.fields.kind}
          value={values.kind}
          placeholder={t.agreements.kindNone}
          options={selectOptions(AGREEMENT_KINDS, t.agreements.kinds)}
          onChange={set('kind')}
          error={err('kind')}
        />
        <TextAreaField
          label={t.agreements.fields.response}
          hint={t.agreements.responseHint}
          value={values.response}
          onChange={set('response')}
          error={err('response')}
        />
        <FormActions submitLabel={t.common.save} onCancel={onClose} busy={busy || gone} />
      </ValidatedForm>
    </Dialog>
  )
}
