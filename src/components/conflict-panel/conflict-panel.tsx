import { useEffect, useId, useRef, useState } from 'react'
import type { ConflictChoice, EditMerge } from '../../domain/versions/merge-edit'
import type { LastChange } from '../../domain/versions/record-version'
import { useT } from '../../i18n'
import './conflict-panel.css'

/** One field both versions changed, with both values as the user reads them. */
export interface ConflictField {
  field: string
  label: string
  mine: string
  theirs: string
}

interface ConflictPanelProps {
  fields: readonly ConflictField[]
  /** Who saved the newer version and when (unknown for records from before versions). */
  lastChange: LastChange | null
  onSave: (choices: Record<string, ConflictChoice>) => void
  onBack?: () => void
}

function ConflictValue({ id, value }: { id: string; value: string }) {
  const t = useT()
  return (
    <p id={id} className={`conflict-panel__value${value ? '' : ' conflict-panel__value--empty'}`}>
      {value || t.conflicts.empty}
    </p>
  )
}

/**
 * Shown when a save met a newer version that changed the same fields: both values side by side,
 * field by field, and nothing is stored until the user chose for every field.
 */
export function ConflictPanel({ fields, lastChange, onSave, onBack }: ConflictPanelProps) {
  const t = useT()
  const c = t.conflicts
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({})
  const [missing, setMissing] = useState(false)
  const theirsLabel = c.theirs(
    lastChange?.actor ?? null,
    lastChange ? c.moment(lastChange.at) : null,
  )

  // The panel replaces what the user was looking at: take focus so it is announced, and give
  // it back (to Opslaan, say) when the panel goes and that is still on the page.
  useEffect(() => {
    const before = document.activeElement
    headingRef.current?.focus()
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [])

  function save() {
    const open = fields.filter((f) => !choices[f.field])
    setMissing(open.length > 0)
    if (open.length === 0) onSave(choices)
  }

  return (
    <section className="conflict-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="conflict-panel__title">
        {c.title}
      </h3>
      <p>{c.intro}</p>
      {fields.map((f, i) => {
        const name = `${id}-${i}`
        const option = (choice: ConflictChoice, label: string, value: string) => (
          <div className={`conflict-panel__option conflict-panel__option--${choice}`}>
            <label className="checkbox">
              <input
                type="radio"
                name={name}
                checked={choices[f.field] === choice}
                aria-describedby={`${name}-${choice}`}
                aria-invalid={missing && !choices[f.field] ? true : undefined}
                onChange={() => setChoices((x) => ({ ...x, [f.field]: choice }))}
              />
              {label}
            </label>
            <ConflictValue id={`${name}-${choice}`} value={value} />
          </div>
        )
        return (
          <fieldset key={f.field} className="conflict-panel__field">
            <legend>{f.label}</legend>
            {option('mine', c.mine, f.mine)}
            {option('theirs', theirsLabel, f.theirs)}
          </fieldset>
        )
      })}
      {missing && (
        <p className="conflict-panel__error" role="alert">
          {c.chooseEach}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={save}>
          {c.saveChoice}
        </button>
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            {c.back}
          </button>
        )}
      </div>
    </section>
  )
}

/** The panel's rows for a merge: each conflicting field with mine and theirs as text. */
export function conflictFieldsOf<T extends object>(
  merge: EditMerge<T>,
  theirs: T,
  label: (field: keyof T & string) => string,
  format: (field: keyof T & string, value: T[keyof T & string]) => string,
): ConflictField[] {
  return merge.conflicts.map((field) => ({
    field,
    label: label(field),
    mine: format(field, merge.merged[field]),
    theirs: format(field, theirs[field]),
  }))
}
