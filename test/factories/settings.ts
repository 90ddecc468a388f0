import { defaultSettings } from '../../src/domain/settings'
import type { Settings } from '../../src/domain/types'

/** The real default settings (as on 15 January 2026), with overrides. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(new Date('2026-01-15T12:00:00')), ...overrides }
}

/** The default settings with preconditions switched on or off, e.g. `{ vervolghulp: true }`. */
export function makeSettingsSwitching(enabled: Record<string, boolean>): Settings {
  const settings = makeSettings()
  return {
    ...settings,
    preconditions: settings.preconditions.map((p) => ({
      ...p,
      enabled: enabled[p.id] ?? p.enabled,
    })),
  }
}
