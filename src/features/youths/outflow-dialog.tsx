import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ConflictPanel, conflictFieldsOf } from '../../components/conflict-panel/conflict-panel'
import { DateField } from '../../components/date-field'
import { Dialog } from '../../components/dialog'
import { SelectField, selectOptions, TextAreaField } from '../../components/field'
import { FormActions, ValidatedForm } from '../../components/validated-form'
import { StaleRecordError } from '../../db/stale-record'
import { getYouth, registerOutflow, undoOutflow } from '../../db/youths-repo'
import { parseOutflowInput, type OutflowField, type OutflowInput } from '../../domain/outflow-input'
import { formatDutchDate } from '../../domain/dates'
import {
  DESTINATIONS,
  END_REASONS,
  type Destination,
  type EndReason,
  type Outflow,
  type Youth,
} from '../../domain/types'
import { versionOf } from '../../domain/versions/record-version'
import { useFormErrors } from '../../hooks/use-form-errors'
import { useToday } from '../../hooks/use-today'
import { useVersionedEdit, type SavedEdit } from '../../hooks/use-versioned-edit'
import { useT, type Dictionary } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'

export function OutflowDialog({ youthId, onClose }: { youthId: string; onClose: () => void }) {
  const youth = useLiveQuery(() => getYouth(youthId), [youthId])
  if (!youth) return null
  return <OutflowForm youth={youth} onClose={onClose} />
}

/** The part of the youth this dialog edits: one field, so another tab's uitstroom conflicts. */
interface OutflowEdit {
  outflow: Outflow | null
}

function describeOutflow(t: Dictionary, outflow: Outflow | null): string {
  if (!outflow) return ''
  const parts = [
    formatDutchDate(outflow.date),
    t.destinations[outflow.destination],
    t.endReasons[outflow.reason],
    outflow.note,
  ]
  return parts.filter(Boolean).join(' · ')
}

/** OutflowInput with bestemming and reden typed by their options; it still passes as one. */
type OutflowFormInput = Omit<OutflowInput, 'destination' | 'reason'> & {
  destination: Destination | ''
  reason: EndReason | ''
}

function OutflowForm({ youth, onClose }: { youth: Youth; onClose: () => void }) {
  const t = useT()
  const storageMessage = useStorageErrorMessage()
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
  const edit = useVersionedEdit<OutflowEdit, Youth>(
    { base: { outflow: youth.outflow }, version: versionOf(youth) },
    ({ outflow }, version) =>
      outflow
        ? registerOutflow(youth.id, outflow, actor, version)
        : undoOutflow(youth.id, actor, version),
    (stored) => ({ outflow: (stored as Youth | undefined)?.outflow ?? null }),
  )
  const set =
    <K extends OutflowField>(key: K) =>
    (value: OutflowFormInput[K]) =>
      setInput((prev) => ({ ...prev, [key]: value }))
  const err = (key: OutflowField) => (errors[key] ? t.validation[errors[key]] : undefined)

  async function submit() {
    const parsed = parseOutflowInput(input, youth.placementDate, today)
    if (!parsed.ok) return setErrors(parsed.errors)
    await store(() => edit.save({ outflow: parsed.values }))
  }

  async function store(save: () => Promise<SavedEdit<OutflowEdit, Youth> | null>) {
    try {
      const saved = await save()
      if (!saved) return
      const version = versionOf(saved.record)
      if (saved.record.outflow) {
        show({
          tone: 'success',
          message: o.done(youth.clientRef),
          undo: () =>
            undoOutflow(youth.id, actor, version).catch((error: unknown) =>
              show({
                tone: 'error',
                message:
                  error instanceof StaleRecordError ? t.conflicts.undoStale : t.common.unknownError,
              }),
            ),
        })
      }
      onClose()
    } catch (error) {
      show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
    }
  }

  return (
    <Dialog title={o.title(youth.clientRef)} onClose={onClose} description={o.intro}>
      {edit.conflict && (
        <ConflictPanel
          fields={conflictFieldsOf(
            edit.conflict.merge,
            edit.conflict.theirs,
            () => t.conflicts.outflow,
            (_, value) => describeOutflow(t, value),
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
