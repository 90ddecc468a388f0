import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import type { MissingProvider, RondeProvider, RondeSelection } from './ronde-files'
import { rowFilter, scopesOverlap } from './scope'
import type { LoadedFile, Selection } from './types'

/** A provider of the ronde whose files may hold youths of the selection. */
export interface SelectedProvider {
  provider: RondeProvider
  /** Its files whose scope overlaps the selection (a file for another gemeente is left out). */
  files: LoadedFile[]
  /** Its youth rows in the selection, in file order (red first). */
  rows: readonly ExchangeYouth[]
}

export interface SelectedRonde {
  providers: SelectedProvider[]
  missing: MissingProvider[]
}

/**
 * The ronde seen through the selection: providers whose file scope overlaps it (a provider
 * whose only file is for another gemeente is not part of this overview), with their rows in
 * the selection. Filters every row once; the figures then read only these rows.
 */
export function selectProviders(ronde: RondeSelection, selection: Selection): SelectedRonde {
  const inSelection = rowFilter(selection)
  const providers: SelectedProvider[] = []
  for (const provider of ronde.providers) {
    const files = provider.files.filter((f) => scopesOverlap(f.file.scope, selection))
    if (files.length === 0) continue
    const rows = inSelection ? provider.rows.filter(inSelection) : provider.rows
    providers.push({ provider, files, rows })
  }
  const missing = ronde.missing.filter((m) => m.lastScopes.some((s) => scopesOverlap(s, selection)))
  return { providers, missing }
}
