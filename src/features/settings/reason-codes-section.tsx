import { useState } from 'react'
import { InputField, SelectField } from '../../components/field'
import type { ReasonCodeDef } from '../../domain/types'
import { preconditionName, reasonCodeLabel, useT } from '../../i18n'
import type { SectionProps } from './settings-form-types'
import { settingsError } from './settings-error'

/** Knelpuntcodes: switch off, relabel, regroup, or add the provider's own. */
export function ReasonCodesSection({ draft, onChange, errors }: SectionProps) {
  const t = useT()
  const s = t.settings
  const [code, setCode] = useState('')
  const groups = draft.preconditions.map((p) => ({ value: p.id, label: preconditionName(t, p) }))
  const update = (index: number, patch: Partial<ReasonCodeDef>) =>
    onChange({
      ...draft,
      reasonCodes: draft.reasonCodes.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    })

  return (
    <section className="card" aria-labelledby="settings-codes">
      <h2 id="settings-codes">{s.reasonCodes}</h2>
      <p>{s.reasonCodesIntro}</p>
      <table className="compact-table settings-table">
        <thead>
          <tr>
            <th scope="col">{s.code}</th>
            <th scope="col">{s.label}</th>
            <th scope="col">{s.group}</th>
          </tr>
        </thead>
        <tbody>
          {draft.reasonCodes.map((c, index) => (
            <tr key={`${c.code}-${index}`}>
              <th scope="row">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={c.enabled}
                    aria-label={s.codeEnabled(c.code)}
                    onChange={(event) => update(index, { enabled: event.target.checked })}
                  />
                  <span aria-hidden="true">{c.code}</span>
                </label>
                {settingsError(t, errors, `reasonCodes.${index}.code`) && (
                  <p className="field__error">
                    {settingsError(t, errors, `reasonCodes.${index}.code`)}
                  </p>
                )}
              </th>
              <td>
                <InputField
                  label={`${s.label} ${c.code}`}
                  value={c.label ?? reasonCodeLabel(t, c)}
                  onChange={(value) => update(index, { label: value })}
                  error={settingsError(t, errors, `reasonCodes.${index}.label`)}
                />
              </td>
              <td>
                <SelectField
                  label={`${s.group} ${c.code}`}
                  value={c.preconditionId ?? ''}
                  placeholder={s.anyPrecondition}
                  options={groups}
                  onChange={(value) =>
                    update(index, { preconditionId: value === '' ? null : value })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="inline-add">
        <InputField
          label={s.code}
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          hint={s.errors.codeFormat}
        />
        <button
          type="button"
          className="button"
          disabled={code.trim() === ''}
          onClick={() => {
            onChange({
              ...draft,
              reasonCodes: [
                ...draft.reasonCodes,
                {
                  code: code.trim(),
                  label: '',
                  preconditionId: null,
                  enabled: true,
                  builtin: false,
                },
              ],
            })
            setCode('')
          }}
        >
          {s.addReasonCode}
        </button>
      </div>
    </section>
  )
}
