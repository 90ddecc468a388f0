import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type ReactNode } from 'react'
import { ConflictPanel, conflictFieldsOf } from '../../components/conflict-panel/conflict-panel'
import { getVersionedSettings, saveSettings, type VersionedSettings } from '../../db/settings-repo'
import { validateSettings, type SettingsErrors } from '../../domain/settings-input'
import type { Settings } from '../../domain/types'
import { sameValue } from '../../domain/versions/merge-edit'
import { useVersionedEdit, type SavedEdit } from '../../hooks/use-versioned-edit'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { GeneralSection } from './general-section'
import { MunicipalSection } from './municipal-section'
import { PreconditionsSection } from './preconditions-section'
import { ReasonCodesSection } from './reason-codes-section'
import { RulesSection } from './rules-section'
import type { SectionProps } from './settings-form-types'
import { formatSettingsValue, settingsFieldLabel } from './settings-values'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'
import './settings.css'

/**
 * Instellingen. `children` are sections of other features (back-up, storage, encryption) that
 * the app shell composes in; they save on their own and sit outside the settings draft.
 */
export function SettingsPage({ children }: { children?: ReactNode }) {
  const settings = useLiveQuery(getVersionedSettings, [])
  if (!settings) return null
  return (
    <>
      <SettingsForm stored={settings} />
      {children && <div className="page page--settings-extra">{children}</div>}
    </>
  )
}

/**
 * One draft for all settings, saved together with Opslaan or dropped with Annuleren. The draft
 * is based on the version it started from: saved over a newer one (another tab), it merges, or
 * asks where both changed the same setting.
 */
function SettingsForm({ stored }: { stored: VersionedSettings }) {
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const s = t.settings
  const actor = useActor()
  const show = useNotices((x) => x.show)
  const edit = useVersionedEdit<Settings, VersionedSettings>(
    { base: stored.settings, version: stored.version },
    (values, version) => saveSettings(values, actor, version),
    (current) => (current as VersionedSettings).settings,
  )
  const [draft, setDraft] = useState(stored.settings)
  const [seen, setSeen] = useState(stored)
  const [errors, setErrors] = useState<SettingsErrors>({})
  const dirty = !sameValue(draft, edit.start.base)

  // Stored settings changed (saved here, or in another tab): follow them unless the user is
  // in the middle of editing, in which case their draft stays and merges when saved.
  if (stored !== seen) {
    setSeen(stored)
    if (!dirty && !edit.conflict && stored.version !== edit.start.version) {
      edit.restart({ base: stored.settings, version: stored.version })
      setDraft(stored.settings)
    }
  }

  function saved(outcome: SavedEdit<Settings, VersionedSettings> | null) {
    if (!outcome) return
    setDraft(outcome.record.settings)
    show({ tone: 'success', message: s.saved })
    if (outcome.taken.length > 0) {
      const fields = outcome.taken.map((f) => settingsFieldLabel(t, f)).join(', ')
      show({ tone: 'info', message: t.conflicts.merged(outcome.lastChange?.actor ?? null, fields) })
    }
  }

  async function store(save: () => Promise<SavedEdit<Settings, VersionedSettings> | null>) {
    try {
      saved(await save())
    } catch (error) {
      show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
    }
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
    await store(() => edit.save(draft))
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
      {edit.conflict && (
        <ConflictPanel
          fields={conflictFieldsOf(
            edit.conflict.merge,
            edit.conflict.theirs,
            (field) => settingsFieldLabel(t, field),
            (field, value) => formatSettingsValue(t, field, value),
          )}
          lastChange={edit.conflict.lastChange}
          onSave={(choices) => void store(() => edit.resolve(choices))}
          onBack={edit.dismiss}
        />
      )}
      <div hidden={edit.conflict !== null}>
        <GeneralSection {...props} />
        <PreconditionsSection {...props} />
        <RulesSection {...props} />
        <ReasonCodesSection {...props} />
        <MunicipalSection {...props} />
      </div>
      <div className="form__actions form__actions--sticky" hidden={edit.conflict !== null}>
        {dirty && <p className="form__dirty">{s.unsaved}</p>}
        <button type="submit" className="button button--primary">
          {t.common.save}
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty}
          onClick={() => {
            // Dropping the draft takes the latest stored settings, not the ones it started from.
            edit.restart({ base: stored.settings, version: stored.version })
            setDraft(stored.settings)
            setErrors({})
          }}
        >
          {t.common.cancel}
        </button>
      </div>
    </form>
  )
}
