import { useState, type ReactNode } from 'react'
import { saveSettings } from '../../db/settings-repo'
import { validateSettings, type SettingsErrors } from '../../domain/settings-input'
import type { Settings } from '../../domain/types'
import { useSettings } from '../../hooks/use-settings'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { GeneralSection } from './general-section'
import { MunicipalSection } from './municipal-section'
import { PreconditionsSection } from './preconditions-section'
import { ReasonCodesSection } from './reason-codes-section'
import { RulesSection } from './rules-section'
import type { SectionProps } from './settings-form-types'
import './settings.css'

/**
 * Instellingen. `children` are sections of other features (back-up, storage, encryption) that
 * the app shell composes in; they save on their own and sit outside the settings draft.
 */
export function SettingsPage({ children }: { children?: ReactNode }) {
  const settings = useSettings()
  if (!settings) return null
  return (
    <>
      <SettingsForm stored={settings} />
      {children && <div className="page page--settings-extra">{children}</div>}
    </>
  )
}

/** One draft for all settings, saved together with Opslaan or dropped with Annuleren. */
function SettingsForm({ stored }: { stored: Settings }) {
  const t = useT()
  const s = t.settings
  const actor = useActor()
  const show = useNotices((x) => x.show)
  const [draft, setDraft] = useState(stored)
  const [base, setBase] = useState(stored)
  const [errors, setErrors] = useState<SettingsErrors>({})
  const dirty = JSON.stringify(draft) !== JSON.stringify(base)

  // Stored settings changed (saved here, or in another tab): follow them unless the user is
  // in the middle of editing, in which case their draft wins and is never thrown away.
  if (stored !== base && JSON.stringify(stored) !== JSON.stringify(base)) {
    setBase(stored)
    if (!dirty) setDraft(stored)
  }

  async function save() {
    const problems = validateSettings(draft)
    setErrors(problems)
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.page--settings [aria-invalid="true"]')?.focus(),
      )
      return
    }
    try {
      await saveSettings(draft, actor)
      show({ tone: 'success', message: s.saved })
    } catch {
      show({ tone: 'error', message: t.common.unknownError })
    }
  }

  const props: SectionProps = { draft, onChange: setDraft, errors }
  return (
    <form
      className="page page--settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <div className="page__header">
        <div>
          <h1 className="page__title">{s.title}</h1>
          <p className="page__intro">{s.intro}</p>
        </div>
      </div>
      <GeneralSection {...props} />
      <PreconditionsSection {...props} />
      <RulesSection {...props} />
      <ReasonCodesSection {...props} />
      <MunicipalSection {...props} />
      <div className="form__actions form__actions--sticky">
        {dirty && <p className="form__dirty">{s.unsaved}</p>}
        <button type="submit" className="button button--primary">
          {t.common.save}
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty}
          onClick={() => {
            setDraft(base)
            setErrors({})
          }}
        >
          {t.common.cancel}
        </button>
      </div>
    </form>
  )
}
