import { defaultReasonCodes } from '../reason-codes'
import type { IsoDate } from '../types'
import type { SelectedProvider } from './selected'
import type { FileScope } from './types'

/** A provider's own words to the municipality for this ronde. */
export interface SignalEntry {
  providerKey: string
  providerName: string
  peildatum: IsoDate
  /** Every file of the provider that says it (one provider often sends one per gemeente). */
  scopes: FileScope[]
  text: string
  /** The first knelpuntcode the text names that is known here; null when it names none. */
  reasonCode: string | null
}

/**
 * The same signaal: one provider, the same words. Spaces and line breaks do not count (a
 * provider that copies its text into a second file often re-wraps it); letters, case and
 * punctuation do, so two texts that differ in any word stay two signalen.
 */
export function signalIdentity(providerKey: string, text: string): string {
  return `${providerKey}\n${text.trim().replace(/\s+/g, ' ')}`
}

/** Codes of the file format's form (WON-2, OVR) standing on their own in a text. */
const CODE_IN_TEXT = /(?<![A-Za-z0-9-])[A-Z]{2,4}(?:-\d{1,2})?(?![A-Za-z0-9-])/g

/** The first code in `text` that is one of `known`: what an afspraak from it is about. */
export function reasonCodeInText(text: string, known: ReadonlySet<string>): string | null {
  for (const [code] of text.matchAll(CODE_IN_TEXT)) if (known.has(code)) return code
  return null
}

const DEFAULT_CODES = defaultReasonCodes().map((c) => c.code)

/**
 * Every provider's non-empty signalen of the ronde, by provider name: the same signaal from
 * two files of one provider (signalIdentity) once, with both files' areas. A code is
 * recognised when it is a default knelpuntcode or one the provider's own rows use.
 */
export function signalEntries(selected: readonly SelectedProvider[]): SignalEntry[] {
  const entries: SignalEntry[] = []
  for (const { provider, files, rows } of selected) {
    const known = new Set(DEFAULT_CODES)
    for (const row of rows) for (const code of row.reasonCodes) known.add(code)
    const seen = new Map<string, SignalEntry>()
    for (const { file } of files) {
      const text = file.signals.trim()
      if (text === '') continue
      const id = signalIdentity(provider.providerKey, text)
      const same = seen.get(id)
      if (same) {
        same.scopes.push(file.scope)
        continue
      }
      const entry: SignalEntry = {
        providerKey: provider.providerKey,
        providerName: provider.providerName,
        peildatum: provider.peildatum,
        scopes: [file.scope],
        text,
        reasonCode: reasonCodeInText(text, known),
      }
      seen.set(id, entry)
      entries.push(entry)
    }
  }
  return entries
}
