import { DateField } from '../../components/date-field'
import { InputField } from '../../components/field'
import { ScopeSelect } from '../../components/scope-select'
import type { DailyTariffs, MunicipalSettings } from '../../domain/municipal'
import { LIVING_ARRANGEMENTS, type LivingArrangement } from '../../domain/types'
import { useT } from '../../i18n'
import type { SectionProps } from './settings-form-types'
import { settingsError } from './settings-error'
import { TariffField } from './tariff-field'

function withTariff(
  tariffs: DailyTariffs,
  arrangement: LivingArrangement,
  amount: number | undefined,
): DailyTariffs {
  const rest = Object.entries(tariffs).filter(([key]) => key !== arrangement)
  return Object.fromEntries(amount === undefined ? rest : [...rest, [arrangement, amount]])
}

/** Instellingen for the Gemeente-overzicht: own gemeente or jeugdregio, ronde rhythm, tariffs. */
export function MunicipalSection({ draft, onChange, errors }: SectionProps) {
  const t = useT()
  const s = t.settings
  const m = draft.municipal
  const set = (changes: Partial<MunicipalSettings>) =>
    onChange({ ...draft, municipal: { ...m, ...changes } })
  const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value))
  const shown = (value: number) => (Number.isNaN(value) ? '' : String(value))
  const error = (path: string) => settingsError(t, errors, `municipal.${path}`)
  return (
    <section className="card" aria-labelledby="settings-municipal">
      <h2 id="settings-municipal">{s.municipal}</h2>
      <p>{s.municipalIntro}</p>
      <div className="form-grid">
        <ScopeSelect
          label={s.municipalScope}
          hint={s.municipalScopeHint}
          value={m.municipalScope}
          onChange={(municipalScope) => set({ municipalScope })}
        />
        <div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={m.hideProviderScreens}
              aria-describedby="settings-hide-provider-hint"
              onChange={(event) => set({ hideProviderScreens: event.target.checked })}
            />
            <span>{s.hideProviderScreens}</span>
          </label>
          <p id="settings-hide-provider-hint" className="field__hint">
            {s.hideProviderScreensHint}
          </p>
        </div>
      </div>
      <h3>{s.rondeRhythm}</h3>
      <div className="form-grid">
        <DateField
          label={s.rondeAnchorDate}
          hint={s.rondeAnchorDateHint}
          value={m.rondeAnchorDate}
          onChange={(rondeAnchorDate) => set({ rondeAnchorDate })}
          error={error('rondeAnchorDate')}
        />
        <InputField
          type="number"
          label={s.rondeWeeks}
          hint={s.rondeWeeksHint}
          min={1}
          max={26}
          value={shown(m.rondeWeeks)}
          onChange={(v) => set({ rondeWeeks: num(v) })}
          error={error('rondeWeeks')}
        />
        <InputField
          type="number"
          label={s.rondeWindowWeeks}
          hint={s.rondeWindowWeeksHint}
          min={1}
          max={26}
          value={shown(m.rondeWindowWeeks)}
          onChange={(v) => set({ rondeWindowWeeks: num(v) })}
          error={error('rondeWindowWeeks')}
        />
      </div>
      <h3>{s.dailyTariffs}</h3>
      <p className="field__hint">{s.dailyTariffsIntro}</p>
      <div className="form-grid">
        {LIVING_ARRANGEMENTS.map((arrangement) => (
          <TariffField
            key={arrangement}
            label={s.dailyTariff(t.livingArrangements[arrangement])}
            value={m.dailyTariffs[arrangement]}
            onChange={(amount) =>
              set({ dailyTariffs: withTariff(m.dailyTariffs, arrangement, amount) })
            }
            error={error(`dailyTariffs.${arrangement}`)}
          />
        ))}
      </div>
    </section>
  )
}
