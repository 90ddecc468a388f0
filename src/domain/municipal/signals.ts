import type { IsoDate } from '../types'
import type { SelectedProvider } from './selected'
import type { FileScope } from './types'

/** A provider's own words to the municipality for this ronde (one per file with text). */
export interface SignalEntry {
  providerKey: string
  providerName: string
  peildatum: IsoDate
  scope: FileScope
  text: string
}

/** Every provider's non-empty signalen of the ronde, by provider name. */
export function signalEntries(selected: readonly SelectedProvider[]): SignalEntry[] {
  return selected.flatMap(({ provider, files }) =>
    files
      .filter((f) => f.file.signals.trim() !== '')
      .map((f) => ({
        providerKey: provider.providerKey,
        providerName: provider.providerName,
        peildatum: provider.peildatum,
        scope: f.file.scope,
        text: f.file.signals.trim(),
      })),
  )
}
