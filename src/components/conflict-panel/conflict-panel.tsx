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

/** One value a person can keep: its key in the choices, who/when as its label, the value as text. */
export interface ConflictOption<C extends string = string> {
  choice: C
  label: string
  value: string
}

interface ChoicePanelProps<C extends string> {
  title: string
  intro: string
  fields: readonly { field: string; label: string; options: readonly ConflictOption<C>[] }[]
  onSave: (choices: Record<string, C>) => void
  onBack?: (() => void) | undefined
  /** Take focus when shown (replacing what the user looked at); off for a panel on a page. */
  takeFocus: boolean
  /** The save button's text (default: Keuze opslaan). */
  saveLabel?: string | undefined
}

/** Every field with its options side by side; nothing is saved until each field has a choice. */
function ChoicePanel<C extends string>(props: ChoicePanelProps<C>) {
  const { title, intro, fields, onSave, onBack, takeFocus, saveLabel } = props
  const c = useT().conflicts
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [choices, setChoices] = useState<Record<string, C>>({})
  const [missing, setMissing] = useState(false)

  // The panel replaces what the user was looking at: take focus so it is announced, and give
  // it back (to Opslaan, say) when the panel goes and that is still on the page.
  useEffect(() => {
    if (!takeFocus) return
    const before = document.activeElement
    headingRef.current?.focus()
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [takeFocus])

  function save() {
    const open = fields.filter((f) => !choices[f.field])
    setMissing(open.length > 0)
    if (open.length === 0) onSave(choices)
  }

  return (
    <section className="conflict-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="conflict-panel__title">
        {title}
      </h3>
      {intro && <p>{intro}</p>}
      {fields.map((f, i) => {
        const name = `${id}-${i}`
        return (
          <fieldset key={f.field} className="conflict-panel__field">
            <legend>{f.label}</legend>
            {f.options.map((o, j) => (
              <div key={o.choice} className="conflict-panel__option">
                <label className="checkbox">
                  <input
                    type="radio"
                    name={name}
                    checked={choices[f.field] === o.choice}
                    aria-describedby={`${name}-${j}`}
                    aria-invalid={missing && !choices[f.field] ? true : undefined}
                    onChange={() => setChoices((x) => ({ ...x, [f.field]: o.choice }))}
                  />
                  {o.label}
                </label>
                <ConflictValue id={`${name}-${j}`} value={o.value} />
              </div>
            ))}
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
          {saveLabel ?? c.saveChoice}
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

/**
 * Shown when a save met a newer version that changed the same fields: both values side by side,
 * field by field, and nothing is stored until the user chose for every field.
 */
export function ConflictPanel({ fields, lastChange, onSave, onBack }: ConflictPanelProps) {
  const c = useT().conflicts
  const theirsLabel = c.theirs(
    lastChange?.actor ?? null,
    lastChange ? c.moment(lastChange.at) : null,
  )
  const rows = fields.map((f) => ({
    field: f.field,
    label: f.label,
    options: [
      { choice: 'mine' as const, label: c.mine, value: f.mine },
      { choice: 'theirs' as const, label: theirsLabel, value: f.theirs },
    ],
  }))
  return (
    <ChoicePanel
      title={c.title}
      intro={c.intro}
      fields={rows}
      onSave={onSave}
      onBack={onBack}
      takeFocus
    />
  )
}

/**
 * The same panel for one field two laptops changed differently while apart (team sync): each
 * value with who made it and when; `onSave` gets the index of the chosen value.
 */
export function SyncConflictPanel(props: {
  field: string
  label: string
  options: readonly { label: string; value: string }[]
  onSave: (index: number) => void
}) {
  const s = useT().syncConflicts
  const options = props.options.map((o, i) => ({ choice: String(i), ...o }))
  return (
    <ChoicePanel
      title={props.label}
      intro=""
      fields={[{ field: props.field, label: s.keep, options }]}
      onSave={(choices) => props.onSave(Number(choices[props.field]))}
      takeFocus={false}
    />
  )
}

/**
 * The same panel for two records made into one (a cliëntnummer created on two laptops): per
 * field both values, who made each, and nothing goes on until every field has a choice.
 */
export function ChoicesPanel<C extends string>(props: {
  title: string
  intro: string
  fields: readonly { field: string; label: string; options: readonly ConflictOption<C>[] }[]
  saveLabel: string
  onSave: (choices: Record<string, C>) => void
  onBack?: () => void
}) {
  return <ChoicePanel {...props} takeFocus={false} />
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
