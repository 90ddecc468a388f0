import type { ImportTarget, RowAnalysis } from './types'

/**
 * For every required field that has no column: how many rows cannot be imported because of
 * it, so the preview can say what a missing column costs before anything is saved.
 */
export function rowsLostToUnmapped(rows: readonly RowAnalysis[]): Map<ImportTarget, number> {
  const lost = new Map<ImportTarget, number>()
  for (const row of rows) {
    if (row.ok) continue
    const targets = new Set<ImportTarget>()
    for (const p of row.problems) {
      if (p.column === null && p.code === 'required') targets.add(p.target)
    }
    for (const target of targets) lost.set(target, (lost.get(target) ?? 0) + 1)
  }
  return lost
}
