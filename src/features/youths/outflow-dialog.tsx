import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { DateField } from '../../components/date-field'
import { Dialog } from '../../components/dialog'
import { SelectField, selectOptions, TextAreaField } from '../../components/field'
import { FormActions, ValidatedForm } from '../../components/validated-form'
import { getYouth, registerOutflow, undoOutflow } from '../../db/youths-repo'
import { parseOutflowInput, type OutflowField, type OutflowInput } from '../../domain/outflow-input'
import {
  DESTINATIONS,
  END_REASONS,
  type Destination,
  type EndReason,
  type Youth,
} from '../../domain/types'
import { useFormErrors } from '../../hooks/use-form-errors'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'

export function OutflowDialog({ youthId, onClose }: { youthId: string; onClose: () => void }) {
  const youth = useLiveQuery(() => getYouth(youthId), [youthId])
  if (!youth) return null
  return <OutflowForm youth={youth} onClose={onClose} />
}

/** OutflowInput with bestemming and reden typed by their options; it still passes as one. */
type OutflowFormInput = Omit<OutflowInput, 'destination' | 'reason'> & {
  destination: Destination | ''
  reason: EndReason | ''
}

function OutflowForm({ youth, onClose }: { youth: Youth; onClose: () => void }) {
  const t = useT()
  const o = t.forms.outflow
  const today = useToday()
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const [input, setInput] = useState<OutflowFormInput>({
    date: today,
    destination: youth.perspective ?? '',
    reason: '',
    note: '',
  })
  const { errors, setErrors, formRef } = useFormErrors<OutflowField>()
  const set =
    <K extends OutflowField>(key: K) =>
    (value: OutflowFormInput[K]) =>
      setInput((prev) => ({ ...prev, [key]: value }))
  const err = (key: OutflowField) => (errors[key] ? t.validation[errors[key]] : undefined)

  async function submit() {
    const parsed = parseOutflowInput(input, youth.placementDate, today)
    if (!parsed.ok) return setErrors(parsed.errors)
    try {
      await registerOutflow(youth.id, parsed.values, actor)
      show({
        tone: 'success',
        message: o.done(youth.clientRef),
        undo: () => undoOutflow(youth.id, actor),
      })
      onClose()
    } catch {
      show({ tone: 'error', message: t.common.unknownError })
    }
  }

  return (
    <Dialog title={o.title(youth.clientRef)} onClose={onClose} description={o.intro}>
      <ValidatedForm
        formRef={formRef}
        errors={errors}
        labels={{ date: o.date, destination: o.destination, reason: o.reason, note: o.note }}
        onSubmit={submit}
      >
        <DateField
          label={o.date}
          value={input.date}
          onChange={set('date')}
          error={err('date')}
          required
          initialFocus
        />
        <SelectField
          label={o.destination}
          value={input.destination}
          onChange={set('destination')}
          error={err('destination')}
          placeholder={t.common.choose}
          required
          options={selectOptions(DESTINATIONS, t.destinations)}
        />
        <SelectField
          label={o.reason}
          value={input.reason}
          onChange={set('reason')}
          error={err('reason')}
          placeholder={t.common.choose}
          required
          options={selectOptions(END_REASONS, t.endReasons)}
        />
        <TextAreaField
          label={o.note}
          value={input.note}
          onChange={set('note')}
          error={err('note')}
        />
        <FormActions submitLabel={o.submit} onCancel={onClose} />
      </ValidatedForm>
    </Dialog>
  )
}
