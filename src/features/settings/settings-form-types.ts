import type { SettingsErrors } from '../../domain/settings-input'
import type { Settings } from '../../domain/types'

/** What every section of the settings form gets from the form that owns the draft. */
export interface SectionProps {
  draft: Settings
  onChange: (draft: Settings) => void
  errors: SettingsErrors
}
