import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ConflictPanel, conflictFieldsOf } from '../../components/conflict-panel/conflict-panel'
import { DateField } from '../../components/date-field'
import { Dialog } from '../../components/dialog'
import { InputField, SelectField, selectOptions, TextAreaField } from '../../components/field'
import { FormActions, ValidatedForm } from '../../components/validated-form'
import { addYouth, getYouth, updateYouth } from '../../db/youths-repo'
import { findMunicipality, municipalityName } from '../../domain/municipalities'
import {
  DESTINATIONS,
  LIVING_ARRANGEMENTS,
  MEASURES,
  type Destination,
  type LivingArrangement,
  type Measure,
  type Youth,
} from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import { versionOf } from '../../domain/versions/record-version'
import {
  emptyYouthInput,
  parseYouthInput,
  youthToInput,
  youthValuesOf,
  type YouthField,
  type YouthInput,
  type YouthValues,
} from '../../domain/youth-input'
import { useFormErrors } from '../../hooks/use-form-errors'
import { useSettings } from '../../hooks/use-settings'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'
import { useToday } from '../../hooks/use-today'
import { useVersionedEdit, type SavedEdit } from '../../hooks/use-versioned-edit'
import { formatYouthValue, useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { MunicipalityField } from './municipality-field'

interface YouthFormDialogProps {
  youthId: string | null
  onClose: () => void
}

/** Jongere toevoegen / bewerken. Waits for the stored youth before showing the form. */
export function YouthFormDialog({ youthId, onClose }: YouthFormDialogProps) {
  const youth = useLiveQuery(() => (youthId ? getYouth(youthId) : null), [youthId])
  if (youth === undefined) return null
  return <YouthForm youth={youth} onClose={onClose} />
}

/** YouthInput with the chosen lists typed by their options; it still passes as a YouthInput. */
type YouthFormInput = Omit<YouthInput, 'livingArrangement' | 'measure' | 'perspective'> & {
  livingArrangement: LivingArrangement | ''
  measure: Measure
  perspective: Destination | ''
}

function initialInput(youth: Youth | null): YouthFormInput {
  if (!youth)
    return { ...emptyYouthInput(), livingArrangement: '', measure: 'geen', perspective: '' }
  return {
    ...youthToInput(youth),
    livingArrangement: youth.livingArrangement,
    measure: youth.measure,
    perspective: youth.perspective ?? '',
  }
}

function YouthForm({ youth, onClose }: { youth: Youth | null; onClose: () => void }) {
  const t = useT()
  const f = t.forms.youth
  const today = useToday()
  const actor = useActor()
  const settings = useSettings()
  const show = useNotices((s) => s.show)
  const storageMessage = useStorageErrorMessage()
  const [input, setInput] = useState(() => initialInput(youth))
  const [municipalityText, setMunicipalityText] = useState(
    youth ? municipalityName(youth.municipalityCode) : '',
  )
  const [saving, setSaving] = useState(false)
  const { errors, setErrors, formRef } = useFormErrors<YouthField>()
  // Editing: based on the version opened; a save over a newer one merges or asks.
  const edit = useVersionedEdit<YouthValues, Youth>(
    // A new youth has no stored version to conflict with: its base is never read.
    { base: youth ? youthValuesOf(youth) : ({} as YouthValues), version: versionOf(youth) },
    (values, version) =>
      youth ? updateYouth(youth.id, values, actor, version) : addYouth(values, actor),
    (stored) => youthValuesOf(stored as Youth),
  )

  const set =
    <K extends YouthField>(key: K) =>
    (value: YouthFormInput[K]) =>
      setInput((prev) => ({ ...prev, [key]: value }))
  const err = (key: YouthField) => {
    const code = errors[key]
    return code ? t.validation[code] : undefined
  }

  async function submit() {
    const municipalityCode = findMunicipality(municipalityText)?.code ?? municipalityText.trim()
    const parsed = parseYouthInput({ ...input, municipalityCode }, today)
    if (!parsed.ok) return setErrors(parsed.errors)
    await store(() => edit.save(parsed.values))
  }

  async function store(save: () => Promise<SavedEdit<YouthValues, Youth> | null>) {
    setSaving(true)
    try {
      const saved = await save()
      if (!saved) return
      const { clientRef } = saved.record
      show({ tone: 'success', message: youth ? f.saved(clientRef) : f.added(clientRef) })
      if (saved.taken.length > 0) {
        const fields = saved.taken.map((x) => t.history.fields[x]).join(', ')
        show({ tone: 'info', message: t.conflicts.merged(saved.lastChange?.actor ?? null, fields) })
      }
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) {
        edit.dismiss()
        setErrors(error.fields)
      } else show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
    } finally {
      setSaving(false)
    }
  }

  const labels: Record<YouthField, string> = {
    clientRef: f.clientRef,
    displayName: f.displayName,
    birthDate: f.birthDate,
    municipalityCode: f.municipality,
    jeugdregio: f.jeugdregio,
    location: f.location,
    livingArrangement: f.livingArrangement,
    placementDate: f.placementDate,
    expectedOutflowDate: f.expectedOutflowDate,
    perspective: f.perspective,
    measure: f.measure,
    guardianOrg: f.guardianOrg,
    caseOwner: f.caseOwner,
    note: f.note,
  }

  return (
    <Dialog title={youth ? f.editTitle(youth.clientRef) : f.addTitle} onClose={onClose} size="wide">
      {edit.conflict && (
        <ConflictPanel
          fields={conflictFieldsOf(
            edit.conflict.merge,
            edit.conflict.theirs,
            (field) => labels[field],
            (field, value) => formatYouthValue(t, field, value),
          )}
          lastChange={edit.conflict.lastChange}
          onSave={(choices) => void store(() => edit.resolve(choices))}
          onBack={edit.dismiss}
        />
      )}
      <ValidatedForm
        formRef={formRef}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        hidden={edit.conflict !== null}
      >
        <fieldset className="form__section">
          <legend>{f.sections.person}</legend>
          <InputField
            label={f.clientRef}
            hint={f.clientRefHint}
            value={input.clientRef}
            onChange={set('clientRef')}
            error={err('clientRef')}
            required
            initialFocus
          />
          <InputField
            label={f.displayName}
            hint={f.displayNameHint}
            value={input.displayName}
            onChange={set('displayName')}
            error={err('displayName')}
          />
          <DateField
            label={f.birthDate}
            value={input.birthDate}
            onChange={set('birthDate')}
            error={err('birthDate')}
            required
          />
          <MunicipalityField
            value={municipalityText}
            onChange={setMunicipalityText}
            error={err('municipalityCode')}
          />
        </fieldset>
        <fieldset className="form__section">
          <legend>{f.sections.placement}</legend>
          <InputField
            label={f.location}
            value={input.location}
            onChange={set('location')}
            error={err('location')}
            list="known-locations"
          />
          <datalist id="known-locations">
            {settings?.locations.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <SelectField
            label={f.livingArrangement}
            value={input.livingArrangement}
            onChange={set('livingArrangement')}
            error={err('livingArrangement')}
            placeholder={t.common.choose}
            required
            options={selectOptions(LIVING_ARRANGEMENTS, t.livingArrangements)}
          />
          <DateField
            label={f.placementDate}
            value={input.placementDate}
            onChange={set('placementDate')}
            error={err('placementDate')}
            required
          />
          <InputField
            label={f.caseOwner}
            value={input.caseOwner}
            onChange={set('caseOwner')}
            error={err('caseOwner')}
          />
          <SelectField
            label={f.measure}
            value={input.measure}
            onChange={set('measure')}
            error={err('measure')}
            options={selectOptions(MEASURES, t.measures)}
          />
          {input.measure !== 'geen' && (
            <InputField
              label={f.guardianOrg}
              value={input.guardianOrg}
              onChange={set('guardianOrg')}
              error={err('guardianOrg')}
              required
            />
          )}
        </fieldset>
        <fieldset className="form__section">
          <legend>{f.sections.outlook}</legend>
          <DateField
            label={f.expectedOutflowDate}
            value={input.expectedOutflowDate}
            onChange={set('expectedOutflowDate')}
            error={err('expectedOutflowDate')}
          />
          <SelectField
            label={f.perspective}
            value={input.perspective}
            onChange={set('perspective')}
            error={err('perspective')}
            placeholder={f.perspectiveNone}
            options={selectOptions(DESTINATIONS, t.destinations)}
          />
          <TextAreaField
            label={f.note}
            hint={f.noteHint}
            value={input.note ?? ''}
            onChange={set('note')}
            error={err('note')}
          />
        </fieldset>
        <FormActions submitLabel={t.common.save} onCancel={onClose} busy={saving} />
      </ValidatedForm>
    </Dialog>
  )
}
