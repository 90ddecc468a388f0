import { useState } from 'react'
import { InputField, TextAreaField } from '../../components/field'
import { newPreconditionId } from '../../domain/preconditions'
import { CRITERIA_STATUSES } from '../../domain/statuses'
import type { PreconditionDef } from '../../domain/types'
import { criteriaOf, preconditionName, useT } from '../../i18n'
import type { SectionProps } from './settings-form-types'
import { settingsError } from './settings-error'

/** Enable, rename and add preconditions, and edit the criteria per colour. */
export function PreconditionsSection({ draft, onChange, errors }: SectionProps) {
  const t = useT()
  const s = t.settings
  const [newName, setNewName] = useState('')
  const update = (index: number, patch: Partial<PreconditionDef>) =>
    onChange({
      ...draft,
      preconditions: draft.preconditions.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    })

  return (
    <section className="card" aria-labelledby="settings-preconditions">
      <h2 id="settings-preconditions">{s.preconditions}</h2>
      <p>{s.preconditionsIntro}</p>
      <ul className="settings-list">
        {draft.preconditions.map((p, index) => {
          const builtinName = t.preconditions[p.id]
          const display = preconditionName(t, p)
          const criteria = criteriaOf(t, p)
          return (
            <li key={p.id} className="settings-list__item">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={p.enabled}
                  onChange={(event) => update(index, { enabled: event.target.checked })}
                />
                <span>{s.enabled(display)}</span>
              </label>
              <InputField
                label={`${s.name} (${display})`}
                hint={builtinName ? s.builtinName(builtinName) : undefined}
                value={p.name ?? ''}
                onChange={(value) =>
                  update(index, { name: value === '' && p.builtin ? null : value })
                }
                error={settingsError(t, errors, `preconditions.${index}.name`)}
              />
              <details className="settings-list__details">
                <summary>
                  {s.criteria}: {display}
                </summary>
                {CRITERIA_STATUSES.map((colour) => (
                  <TextAreaField
                    key={colour}
                    label={`${display}: ${t.statuses[colour]}`}
                    rows={2}
                    value={criteria[colour]}
                    onChange={(value) =>
                      update(index, { criteria: { ...criteria, [colour]: value } })
                    }
                  />
                ))}
                {p.criteria && p.builtin && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => update(index, { criteria: null })}
                  >
                    {s.resetCriteria}
                  </button>
                )}
              </details>
            </li>
          )
        })}
      </ul>
      <div className="inline-add">
        <InputField label={s.newPreconditionName} value={newName} onChange={setNewName} />
        <button
          type="button"
          className="button"
          disabled={newName.trim() === ''}
          onClick={() => {
            const name = newName.trim()
            onChange({
              ...draft,
              preconditions: [
                ...draft.preconditions,
                {
                  id: newPreconditionId(name, draft.preconditions),
                  name,
                  enabled: true,
                  builtin: false,
                  criteria: { groen: '', oranje: '', rood: '' },
                },
              ],
            })
            setNewName('')
          }}
        >
          {s.addPrecondition}
        </button>
      </div>
    </section>
  )
}
