import { useId } from 'react'
import type { DuplicateChoice as Choice } from '../../domain/import/types'
import { useT } from '../../i18n'

interface DuplicateChoiceProps {
  legend: string
  clientRefs: readonly string[]
  value: Choice | null
  updateLabel: string
  skipLabel: string
  onChange: (value: Choice) => void
}

const LISTED = 10

/** A required either/or for duplicate cliëntnummers, with the numbers it concerns. */
export function DuplicateChoice(props: DuplicateChoiceProps) {
  const { legend, clientRefs, value, updateLabel, skipLabel, onChange } = props
  const t = useT()
  const name = useId()
  const listId = useId()
  const shown = clientRefs.slice(0, LISTED).join(', ')
  return (
    <fieldset className="choice-group choice-group--warning" aria-describedby={listId}>
      <legend>{legend}</legend>
      <p id={listId} className="import-choice__refs">
        {t.importer.listed(shown, clientRefs.length - LISTED)}
      </p>
      {(
        [
          ['update', updateLabel],
          ['skip', skipLabel],
        ] as const
      ).map(([option, label]) => (
        <label key={option} className="checkbox">
          <input
            type="radio"
            name={name}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
