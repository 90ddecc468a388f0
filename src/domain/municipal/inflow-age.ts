import { hasLeavers } from '../exchange/exchange-schema-v2'
import { jeugdregioOf } from '../municipalities'
import { rowFilter } from './scope'
import type { SelectedProvider } from './selected'
import type { Figure, NbReason, Selection } from './types'

export interface InflowAge {
  /** Mean whole years on the plaatsingsdatum; null without youths placed in the period. */
  meanYears: number | null
  youths: number
}

/** Providers whose files in the selection are version 1: no leavers, no age at placement. */
export function version1Providers(
  selected: readonly SelectedProvider[],
): Extract<NbReason, { cause: 'version-1' }>['providers'] {
  return selected
    .filter(({ files }) => files.some((f) => !hasLeavers(f.file)))
    .map(({ provider }) => ({
      providerKey: provider.providerKey,
      providerName: provider.providerName,
    }))
}

/**
 * Average age at instroom, as the monitors count it: age on the plaatsingsdatum of every youth
 * placed in the period of the provider's file — still placed, or already left again (the
 * leavers of version 2). n.b. when a file is version 1, naming its provider.
 */
export function inflowAge(
  selected: readonly SelectedProvider[],
  selection: Selection,
): Figure<InflowAge> {
  if (selected.length === 0) return { kind: 'nb', reason: { cause: 'no-files' } }
  const old = version1Providers(selected)
  if (old.length > 0) return { kind: 'nb', reason: { cause: 'version-1', providers: old } }
  const inSelection = rowFilter(selection) ?? (() => true)
  let youths = 0
  let years = 0
  for (const { files, rows } of selected) {
    for (const { file } of files) {
      if (!hasLeavers(file)) continue
      const { start, end } = file.period
      const inPeriod = (date: string) => date >= start && date <= end
      for (const l of file.leavers) {
        const place = {
          municipalityCode: l.municipalityCode,
          jeugdregio: jeugdregioOf(l.municipalityCode) ?? l.jeugdregio,
        }
        if (!inPeriod(l.placementDate) || !inSelection(place)) continue
        youths++
        years += l.ageAtPlacement
      }
    }
    // The rows are the provider's selected rows, each once; their periods are the files'.
    const period = files[0]?.file.period
    if (!period) continue
    for (const row of rows) {
      if (!('ageAtPlacement' in row)) continue
      if (row.placementDate < period.start || row.placementDate > period.end) continue
      youths++
      years += row.ageAtPlacement
    }
  }
  return { kind: 'value', value: { meanYears: youths === 0 ? null : years / youths, youths } }
}
