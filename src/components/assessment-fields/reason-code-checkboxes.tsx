import type { ReasonCodeDef } from '../../domain/types'
import { reasonCodeLabel, useT } from '../../i18n'

interface ReasonCodeCheckboxesProps {
  codes: readonly ReasonCodeDef[]
  value: readonly string[]
  onChange: (codes: string[]) => void
}

export function ReasonCodeCheckboxes({ codes, value, onChange }: ReasonCodeCheckboxesProps) {
  const t = useT()
  const selected = new Set(value)
  return (
    <fieldset className="checkbox-list">
      <legend className="field__label">{t.forms.assessment.reasonCodes}</legend>
      <p className="field__hint">{t.forms.assessment.reasonCodesHint}</p>
      <ul>
        {codes.map((c) => (
          <li key={c.code}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={selected.has(c.code)}
                onChange={(event) => {
                  const next = new Set(selected)
                  if (event.target.checked) next.add(c.code)
                  else next.delete(c.code)
                  onChange([...next].sort())
                }}
              />
              <span>
                <strong className="checkbox__code">{c.code}</strong> {reasonCodeLabel(t, c)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
