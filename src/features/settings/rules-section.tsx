import { DateField } from '../../components/date-field'
import { InputField } from '../../components/field'
import { useT } from '../../i18n'
import type { SectionProps } from './settings-form-types'
import { settingsError } from './settings-error'

type NumberKey = 'futurePlanAge' | 'reviewCadenceDays' | 'reportPeriodWeeks'

/** The bounds each number accepts; the same as the settings check enforces. */
const BOUNDS: Record<NumberKey, { min: number; max: number }> = {
  futurePlanAge: { min: 12, max: 18 },
  reviewCadenceDays: { min: 7, max: 366 },
  reportPeriodWeeks: { min: 1, max: 26 },
}

/** Numbers that drive the rules: the 18+ age, the review cycle and the report periods. */
export function RulesSection({ draft, onChange, errors }: SectionProps) {
  const t = useT()
  const s = t.settings
  const numberField = (key: NumberKey, hint: string) => (
    <InputField
      type="number"
      label={s[key]}
      hint={hint}
      {...BOUNDS[key]}
      value={Number.isNaN(draft[key]) ? '' : String(draft[key])}
      onChange={(v) => onChange({ ...draft, [key]: v.trim() === '' ? Number.NaN : Number(v) })}
      error={settingsError(t, errors, key)}
    />
  )
  return (
    <section className="card" aria-labelledby="settings-rules">
      <h2 id="settings-rules">{s.rules}</h2>
      <div className="form-grid">
        {numberField('futurePlanAge', s.futurePlanAgeHint)}
        {numberField('reviewCadenceDays', s.reviewCadenceDaysHint)}
      </div>
      <h3>{s.reporting}</h3>
      <div className="form-grid">
        {numberField('reportPeriodWeeks', s.reportPeriodWeeksHint)}
        <DateField
          label={s.reportAnchorDate}
          value={draft.reportAnchorDate}
          onChange={(reportAnchorDate) => onChange({ ...draft, reportAnchorDate })}
          error={settingsError(t, errors, 'reportAnchorDate')}
        />
      </div>
    </section>
  )
}
