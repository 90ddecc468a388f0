import { StatusIcon } from '../status-icon'
import { STATUSES, type Status } from '../../domain/types'
import { useT } from '../../i18n'

interface StatusRadioGroupProps {
  preconditionName: string
  value: Status
  onChange: (status: Status) => void
  name: string
}

/** Five radios named "<Randvoorwaarde>: <status>", e.g. "Wonen: rood"; arrow keys move between them. */
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
            />
            <StatusIcon status={status} size={20} />
            <span aria-hidden="true">{t.statuses[status]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
