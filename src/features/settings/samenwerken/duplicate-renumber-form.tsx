import { useId, useState, type SyntheticEvent } from 'react'
import { Field } from '../../../components/field'
import type { DuplicateDetails } from '../../../db/sync/duplicates-repo'
import type { ValidationCode } from '../../../domain/validation'
import { parseClientRef } from '../../../domain/youth-input'
import { useT } from '../../../i18n'
import { useSyncText } from './use-sync-text'

interface Props {
  details: DuplicateDetails
  busy: boolean
  /** The problem with the new number when it was refused (not in use, no BSN…). */
  error: ValidationCode | null
  onRenumber: (which: 'local' | 'incoming', clientRef: string) => void
  onCancel: () => void
}

/**
 * Nummer wijzigen: which of the two youths gets another cliëntnummer, and which. Checked as the
 * youth form checks it (filled in, at most 40 characters, never a BSN, not in use), the problem
 * shown at the field; nothing changes before the button.
 */
export function DuplicateRenumberForm(props: Props) {
  const { details, busy, onRenumber, onCancel } = props
  const t = useT()
  const d = useSyncText().duplicates
  const name = useId()
  const [which, setWhich] = useState<'local' | 'incoming'>('incoming')
  const [clientRef, setClientRef] = useState('')
  const [checked, setChecked] = useState<ValidationCode | null>(null)
  const error = checked ?? props.error

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const parsed = parseClientRef(clientRef)
    setChecked(parsed.ok ? null : parsed.error)
    if (parsed.ok) onRenumber(which, parsed.value)
  }

  const youths = [
    ['incoming', d.there, details.incoming.displayName] as const,
    ['local', d.here, details.local.displayName] as const,
  ]
  return (
    <form className="sync-choice" onSubmit={submit} noValidate>
      <fieldset className="choice-group">
        <legend>{d.which}</legend>
        {youths.map(([option, side, shown]) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name={name}
              checked={which === option}
              onChange={() => setWhich(option)}
            />
            {d.whichOption(side, shown)}
          </label>
        ))}
      </fieldset>
      <Field label={d.newNumber} required error={error ? t.validation[error] : undefined}>
        {({ control }) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            value={clientRef}
            onChange={(e) => setClientRef(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {d.renumberConfirm}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {d.cancel}
        </button>
      </div>
    </form>
  )
}
