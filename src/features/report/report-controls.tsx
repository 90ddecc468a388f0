import { Field, SelectField } from '../../components/field'
import type { ReportPeriod } from '../../domain/report/periods'
import { ALL_SCOPE, scopeKey } from '../../domain/report/scope'
import { useT } from '../../i18n'

interface ControlsProps {
  periods: readonly ReportPeriod[]
  periodIndex: number
  onPeriod: (index: number) => void
  scopeKey: string
  municipalities: readonly { code: string; name: string }[]
  regions: readonly string[]
  onScope: (key: string) => void
  includeNames: boolean
  onIncludeNames: (include: boolean) => void
}

export function ReportControls(props: ControlsProps) {
  const t = useT()
  const r = t.report
  return (
    <section className="card report-controls" aria-labelledby="report-choose">
      <h2 id="report-choose" className="visually-hidden">
        {r.choose}
      </h2>
      <div className="report-controls__grid">
        <SelectField
          label={r.period}
          value={String(props.periodIndex)}
          options={props.periods.map((p) => ({
            value: String(p.index),
            label: r.periodOption(p.start, p.end, p.provisional),
          }))}
          onChange={(value) => props.onPeriod(Number(value))}
        />
        <Field label={r.scope}>
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={props.scopeKey}
              onChange={(e) => props.onScope(e.target.value)}
            >
              <option value={scopeKey(ALL_SCOPE)}>{r.scopeAll}</option>
              {props.regions.length > 0 && (
                <optgroup label={r.scopeRegions}>
                  {props.regions.map((name) => (
                    <option key={name} value={scopeKey({ kind: 'regio', name })}>
                      {r.scopeRegion(name)}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={r.scopeMunicipalities}>
                {props.municipalities.map((m) => (
                  <option key={m.code} value={scopeKey({ kind: 'gemeente', code: m.code })}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <div className="report-controls__names">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={props.includeNames}
              aria-describedby="report-names-hint"
              onChange={(e) => props.onIncludeNames(e.target.checked)}
            />
            <span>{r.includeNames}</span>
          </label>
          <p id="report-names-hint" className="field__hint">
            {r.includeNamesHint}
          </p>
        </div>
      </div>
    </section>
  )
}
