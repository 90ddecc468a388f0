import type { AgreementProgress } from '../exchange/exchange-schema-v2'
import type { IsoDate } from '../types'
import type { SelectedProvider } from './selected'
import type { Agreement } from './types'

/** What the provider's file chosen for a ronde says about one afspraak. */
export type ProgressView =
  | { kind: 'progress'; entry: AgreementProgress; peildatum: IsoDate }
  /** In the file, no Voortgang written yet: "ontvangen". */
  | { kind: 'received'; peildatum: IsoDate }
  /** The provider's files of this ronde are all version 1: no progress can come. */
  | { kind: 'v1' }
  /** No file of this provider in the ronde, or it does not hold this afspraak (yet). */
  | { kind: 'none' }

/**
 * Progress per ronde (exchange-v2-design §3): the `agreements` entry with this afspraak's id in
 * the provider's files chosen for the ronde, so ronde 25-10 shows what arrived for 25-10 even
 * after later files. An entry in another provider's file is never taken.
 */
export function progressInRonde(
  agreement: Agreement,
  providers: readonly SelectedProvider[],
): ProgressView {
  const provider = providers.find((p) => p.provider.providerKey === agreement.providerKey)
  if (!provider) return { kind: 'none' }
  let anyV2 = false
  for (const file of provider.provider.files) {
    if (!('agreements' in file.file)) continue
    anyV2 = true
    const entry = file.file.agreements.find((e) => e.agreementId === agreement.id)
    if (!entry) continue
    return entry.latest
      ? { kind: 'progress', entry, peildatum: file.peildatum }
      : { kind: 'received', peildatum: file.peildatum }
  }
  return anyV2 ? { kind: 'none' } : { kind: 'v1' }
}
