import { DateField } from '../../components/date-field'
import { InputField } from '../../components/field'
import { useT } from '../../i18n'
import type { SectionProps } from './settings-form-types'
import { settingsError } from './settings-error'

/** Numbers that drive the rules: the 18+ age, the review cycle and the report periods. */
export function RulesSection({ draft, onChange, errors }: SectionProps) {
  const t = useT()
  const s = t.settings
  const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value))
  return (
    <section className="card" aria-labelledby="settings-rules">
      <h2 id="settings-rules">{s.rules}</h2>
      <div className="form-grid">
        <InputField
          type="number"
          label={s.futurePlanAge}
          hint={s.futurePlanAgeHint}
          min={12}
          max={18}
          value={Number.isNaN(draft.futurePlanAge) ? '' : String(draft.futurePlanAge)}
          onChange={(v) => onChange({ ...draft, futurePlanAge: num(v) })}
          error={settingsError(t, errors, 'futurePlanAge')}
        />
        <InputField
          type="number"
          label={s.reviewCadenceDays}
          hint={s.reviewCadenceDaysHint}
          min={7}
          max={366}
          value={Number.isNaN(draft.reviewCadenceDays) ? '' : String(draft.reviewCadenceDays)}
          onChange={(v) => onChange({ ...draft, reviewCadenceDays: num(v) })}
          error={settingsError(t, errors, 'reviewCadenceDays')}
        />
      </div>
      <h3>{s.reporting}</h3>
      <div className="form-grid">
        <InputField
          type="number"
          label={s.reportPeriodWeeks}
          hint={s.reportPeriodWeeksHint}
          min={1}
          max={26}
          value={Number.isNaN(draft.reportPeriodWeeks) ? '' : String(draft.reportPeriodWeeks)}
          onChange={(v) => onChange({ ...draft, reportPeriodWeeks: num(v) })}
          error={settingsError(t, errors, 'reportPeriodWeeks')}
        />
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
