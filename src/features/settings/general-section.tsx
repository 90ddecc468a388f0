import { InputField, SelectField } from '../../components/field'
import { switchLanguage, useLanguage, useT, type Language } from '../../i18n'
import { usePreferences } from '../../stores/preferences-store'
import type { SectionProps } from './settings-form-types'
import { settingsError } from './settings-error'

export function GeneralSection({ draft, onChange, errors }: SectionProps) {
  const t = useT()
  const s = t.settings
  const { userName, setUserName } = usePreferences()
  const language = useLanguage((x) => x.language)
  return (
    <section className="card" aria-labelledby="settings-general">
      <h2 id="settings-general">{s.general}</h2>
      <div className="form-grid">
        <InputField
          label={s.providerName}
          hint={s.providerNameHint}
          value={draft.providerName}
          onChange={(providerName) => onChange({ ...draft, providerName })}
          error={settingsError(t, errors, 'providerName')}
        />
        <InputField
          label={s.userName}
          hint={s.userNameHint}
          value={userName}
          onChange={setUserName}
        />
        <SelectField<Language>
          label={s.language}
          value={language}
          options={[
            { value: 'nl', label: t.app.languageNames.nl },
            { value: 'en', label: t.app.languageNames.en },
          ]}
          onChange={(value) => void switchLanguage(value || 'nl')}
        />
      </div>
    </section>
  )
}
