import type { BoardData } from '../../db/board-store'
import type { Assessment, Settings, Youth } from '../../domain/types'
import { deriveOverview, type OverviewContext } from '../../domain/youth-overview'
import { toBoardRow, type BoardRow } from './board-row'

interface Cached {
  assessments: ReadonlyMap<string, Assessment> | undefined
  row: BoardRow
}

/**
 * Derives board rows for every active youth, remembering each row per youth record and
 * assessment map: after one change only that youth's row is derived again.
 */
export class BoardRowCache {
  private ctx: OverviewContext | null = null
  private cached = new WeakMap<Youth, Cached>()

  rows(data: BoardData, settings: Settings, today: string): BoardRow[] {
    if (!this.ctx || this.ctx.settings !== settings || this.ctx.today !== today) {
      this.ctx = { settings, today, enabled: settings.preconditions.filter((p) => p.enabled) }
      this.cached = new WeakMap()
    }
    const ctx = this.ctx
    const result: BoardRow[] = []
    for (const youth of data.youths.values()) {
      if (youth.outflow) continue
      const assessments = data.assessments.get(youth.id)
      const hit = this.cached.get(youth)
      if (hit && hit.assessments === assessments) {
        result.push(hit.row)
        continue
      }
      const row = toBoardRow(deriveOverview(youth, assessments, undefined, ctx))
      this.cached.set(youth, { assessments, row })
      result.push(row)
    }
    return result
  }
}
