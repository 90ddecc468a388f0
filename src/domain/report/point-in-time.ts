import { restoreSettings } from '../settings'
import type { Assessment, AuditEntry, IsoTimestamp, Outflow, Settings, Youth } from '../types'

/** Youths, their assessments and the settings as they were (or are) at one moment. */
export interface HistoricState {
  youths: ReadonlyMap<string, Youth>
  assessments: ReadonlyMap<string, ReadonlyMap<string, Assessment>>
  settings: Settings
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Settings lines hold full settings; other lines of kind 'settings' (notes, sample data) do not. */
function isSettingsValue(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.preconditions)
}

/**
 * The state before every audit entry at or after `since` was made: the entries (newest first)
 * are undone one by one, each restoring its full `before` value. The current state is never
 * mutated; only the youths that change are copied.
 *
 * - assessment: the assessment before (null: there was none yet)
 * - youth: the youth record before (null: the youth had not been entered yet)
 * - outflow: the youth's uitstroom before (null: still placed)
 * - settings: the settings before, when the line holds settings
 */
export function revertSince(
  state: HistoricState,
  newestFirst: readonly AuditEntry[],
  since: IsoTimestamp,
): HistoricState {
  let youths: Map<string, Youth> | null = null
  let assessments: Map<string, ReadonlyMap<string, Assessment>> | null = null
  const copied = new Set<string>()
  let settings = state.settings

  const youthsForWrite = () => (youths ??= new Map(state.youths))
  const assessmentsOf = (youthId: string): Map<string, Assessment> => {
    assessments ??= new Map(state.assessments)
    const current = assessments.get(youthId)
    if (copied.has(youthId) && current) return current as Map<string, Assessment>
    const copy = new Map(current ?? [])
    assessments.set(youthId, copy)
    copied.add(youthId)
    return copy
  }

  for (const entry of newestFirst) {
    if (entry.at < since) break
    const { youthId, before } = entry
    switch (entry.kind) {
      case 'assessment': {
        if (!youthId || !entry.preconditionId) break
        const byPrecondition = assessmentsOf(youthId)
        if (isRecord(before))
          byPrecondition.set(entry.preconditionId, before as unknown as Assessment)
        else byPrecondition.delete(entry.preconditionId)
        break
      }
      case 'youth': {
        if (!youthId) break
        if (isRecord(before)) {
          youthsForWrite().set(youthId, before as unknown as Youth)
        } else {
          youthsForWrite().delete(youthId)
          assessments ??= new Map(state.assessments)
          assessments.delete(youthId)
          copied.delete(youthId)
        }
        break
      }
      case 'outflow': {
        if (!youthId) break
        const map = youthsForWrite()
        const youth = map.get(youthId)
        if (youth)
          map.set(youthId, {
            ...youth,
            outflow: isRecord(before) ? (before as unknown as Outflow) : null,
          })
        break
      }
      case 'settings':
        if (isSettingsValue(before)) settings = restoreSettings(before)
        break
    }
  }
  return {
    youths: youths ?? state.youths,
    assessments: assessments ?? state.assessments,
    settings,
  }
}

/** Audit entries newest first (by time, then by id), the order `revertSince` needs. */
export function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0),
  )
}
