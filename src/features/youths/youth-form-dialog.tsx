import { DateField } from '../../components/date-field'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Dialog } from '../../components/dialog'
import { InputField, SelectField, TextAreaField } from '../../components/field'
import { FormErrorSummary } from '../../components/form-error-summary'
import { addYouth, getYouth, updateYouth } from '../../db/youths-repo'
import { findMunicipality, municipalityName } from '../../domain/municipalities'
import { DESTINATIONS, LIVING_ARRANGEMENTS, MEASURES, type Youth } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import {
  emptyYouthInput,
  parseYouthInput,
  youthToInput,
  type YouthField,
  type YouthInput,
} from '../../domain/youth-input'
import { useActor } from '../../hooks/use-actor'
import { useFormErrors } from '../../hooks/use-form-errors'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
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

function YouthForm({ youth, onClose }: { youth: Youth | null; onClose: () => void }) {
  const t = useT()
  const f = t.forms.youth
  const today = useToday()
  const actor = useActor()
  const settings = useSettings()
  const show = useNotices((s) => s.show)
  const [input, setInput] = useState<YouthInput>(youth ? youthToInput(youth) : emptyYouthInput())
  const [municipalityText, setMunicipalityText] = useState(
    youth ? municipalityName(youth.municipalityCode) : '',
  )
  const [saving, setSaving] = useState(false)
  const { errors, setErrors, formRef } = useFormErrors<YouthField>()

  const set = (key: YouthField) => (value: string) =>
    setInput((prev) => ({ ...prev, [key]: value }))
  const err = (key: YouthField) => {
    const code = errors[key]
    return code ? t.validation[code] : undefined
  }

  async function submit() {
    const municipalityCode = findMunicipality(municipalityText)?.code ?? municipalityText.trim()
    const parsed = parseYouthInput({ ...input, municipalityCode }, today)
    if (!parsed.ok) return setErrors(parsed.errors)
    setSaving(true)
    try {
      const saved = youth
        ? await updateYouth(youth.id, parsed.values, actor)
        : await addYouth(parsed.values, actor)
      show({
        tone: 'success',
        message: youth ? f.saved(saved.clientRef) : f.added(saved.clientRef),
      })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(error.fields as Partial<Record<YouthField, never>>)
      else show({ tone: 'error', message: t.common.unknownError })
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
      <form
        ref={formRef}
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <FormErrorSummary errors={errors} labels={labels} />
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
            value={input.livingArrangement as never}
            onChange={set('livingArrangement')}
            error={err('livingArrangement')}
            placeholder={t.common.choose}
            required
            options={LIVING_ARRANGEMENTS.map((v) => ({ value: v, label: t.livingArrangements[v] }))}
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
            value={input.measure as never}
            onChange={set('measure')}
            error={err('measure')}
            options={MEASURES.map((v) => ({ value: v, label: t.measures[v] }))}
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
            value={input.perspective as never}
            onChange={set('perspective')}
            error={err('perspective')}
            placeholder={f.perspectiveNone}
            options={DESTINATIONS.map((v) => ({ value: v, label: t.destinations[v] }))}
          />
          <TextAreaField
            label={f.note}
            hint={f.noteHint}
            value={input.note ?? ''}
            onChange={set('note')}
            error={err('note')}
          />
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t.common.save}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
