import type { TotalStatus } from '../types'
import { changeCounts, totalStatusCounts } from './counts'
import type { SelectedProvider } from './selected'
import { isOverdue } from './youth-rules'
import type { FileScope, LoadedFile, YouthChange } from './types'

/** One line of *Per aanbieder*: the provider's own peildatum and its youths in the selection. */
export interface ProviderRow {
  providerKey: string
  providerName: string
  peildatum: string
  scopes: FileScope[]
  /** The files behind the row, to open the provider's full report. */
  files: LoadedFile[]
  placed: number
  totalStatus: Record<TotalStatus, number>
  /** From the rows: totaalstatus since the provider's previous peildatum. */
  change: Record<YouthChange, number>
  overdue: { youths: number; days: number }
  /** The knelpuntcode with most youths (ties: the first code alphabetically); null when none. */
  topReasonCode: { code: string; youths: number } | null
  hasSignals: boolean
}

function topCode(counts: Map<string, number>): ProviderRow['topReasonCode'] {
  let top: ProviderRow['topReasonCode'] = null
  for (const [code, youths] of counts) {
    if (!top || youths > top.youths || (youths === top.youths && code < top.code)) {
      top = { code, youths }
    }
  }
  return top
}

/** One pass over each provider's selected rows. */
export function providerRows(selected: readonly SelectedProvider[]): ProviderRow[] {
  return selected.map(({ provider, files, rows }) => {
    const totalStatus = totalStatusCounts()
    const change = changeCounts()
    const overdue = { youths: 0, days: 0 }
    const codes = new Map<string, number>()
    for (const row of rows) {
      totalStatus[row.totalStatus]++
      change[row.change]++
      if (isOverdue(row)) {
        overdue.youths++
        overdue.days += row.daysOverdue
      }
      for (const code of row.reasonCodes.length > 1 ? new Set(row.reasonCodes) : row.reasonCodes) {
        codes.set(code, (codes.get(code) ?? 0) + 1)
      }
    }
    return {
      providerKey: provider.providerKey,
      providerName: provider.providerName,
      peildatum: provider.peildatum,
      scopes: files.map((f) => f.file.scope),
      files,
      placed: rows.length,
      totalStatus,
      change,
      overdue,
      topReasonCode: topCode(codes),
      hasSignals: files.some((f) => f.file.signals.trim() !== ''),
    }
  })
}
