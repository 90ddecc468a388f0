import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../../../i18n'
import { isShown, PINNED_COLUMNS, useYouthColumns } from './youth-columns-store'
import './youth-columns.css'

export interface ChoosableColumn {
  id: string
  label: string
}

/**
 * Kolommen: a disclosure with one checkbox per column of the Jongeren table. Aanbieder and
 * cliëntnummer are listed checked and fixed. Escape closes it and returns to the button.
 */
export function YouthColumnChooser({ columns }: { columns: readonly ChoosableColumn[] }) {
  const t = useT()
  const c = t.municipalView.columns
  const { chosen, setShown, reset } = useYouthColumns()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const hintId = useId()
  const shown = columns.filter((col) => isShown(chosen, col.id)).length

  function close() {
    setOpen(false)
    button.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return
    event.preventDefault()
    close()
  }

  return (
    <div className="youth-columns">
      <button
        ref={button}
        type="button"
        className="button youth-columns__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {c.button}
        <span className="youth-columns__count"> ({c.shown(shown, columns.length)})</span>
      </button>
      {open && (
        // Escape inside the panel closes it; the panel itself is not a control.
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div id={panelId} className="youth-columns__panel" onKeyDown={onKeyDown}>
          <fieldset className="youth-columns__set" aria-describedby={hintId}>
            <legend className="youth-columns__legend">{c.title}</legend>
            <p id={hintId} className="youth-columns__hint">
              {c.hint}
            </p>
            <ul className="youth-columns__list">
              {columns.map((col) => {
                const pinned = (PINNED_COLUMNS as readonly string[]).includes(col.id)
                return (
                  <li key={col.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={isShown(chosen, col.id)}
                        disabled={pinned}
                        onChange={(event) => setShown(col.id, event.target.checked)}
                      />
                      <span>{col.label}</span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
          <div className="youth-columns__actions">
            <button type="button" className="button button--ghost" onClick={reset}>
              {c.reset}
            </button>
            <button type="button" className="button" onClick={close}>
              {c.close}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
