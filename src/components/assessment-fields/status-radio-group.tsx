import { StatusIcon } from '../status-icon'
import { STATUSES, type Status } from '../../domain/types'
import { useT } from '../../i18n'
import { STATUS_KEYS } from '../../hooks/use-status-shortcuts'

interface StatusRadioGroupProps {
  preconditionName: string
  value: Status
  onChange: (status: Status) => void
  name: string
}

/**
 * Five radios named "<Randvoorwaarde>: <status>", e.g. "Wonen: rood"; arrow keys move between them,
 * and a letter (R, O, G, B, N) picks a status while focus is in the group.
 */
export function StatusRadioGroup({
  preconditionName,
  value,
  onChange,
  name,
}: StatusRadioGroupProps) {
  const t = useT()
  return (
    <fieldset className="status-radios">
      <legend className="field__label">{t.forms.assessment.statusLegend(preconditionName)}</legend>
      <div className="status-radios__options">
        {STATUSES.map((status) => (
          <label key={status} className={`status-radio status-radio--${status}`}>
            <input
              type="radio"
              name={name}
              value={status}
              checked={value === status}
              aria-label={`${preconditionName}: ${t.statuses[status]}`}
              onChange={() => onChange(status)}
              onKeyDown={(event) => {
                if (event.ctrlKey || event.metaKey || event.altKey) return
                const picked = STATUS_KEYS[event.key.toLowerCase()]
                if (!picked) return
                event.preventDefault()
                onChange(picked)
                const group = event.currentTarget.closest('fieldset')
                group?.querySelector<HTMLInputElement>(`input[value="${picked}"]`)?.focus()
              }}
            />
            <StatusIcon status={status} size={20} />
            <span aria-hidden="true">{t.statuses[status]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
