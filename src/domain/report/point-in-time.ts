import { restoreSettings } from '../settings'
import type { Assessment, AuditEntry, IsoTimestamp, Outflow, Settings, Youth } from '../types'
import { OverlayMap, overlayParts, REMOVED } from './overlay-map'

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
 * mutated or copied: the result lays the youths that change over it (`OverlayMap`).
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
  type Parts<V> = ReturnType<typeof overlayParts<string, V>>
  let youths: Parts<Youth> | null = null
  let assessments: Parts<ReadonlyMap<string, Assessment>> | null = null
  const copied = new Set<string>()
  let settings = state.settings

  const youthParts = () => (youths ??= overlayParts(state.youths))
  const assessmentParts = () => (assessments ??= overlayParts(state.assessments))
  const read = <V>(parts: Parts<V>, key: string): V | undefined => {
    const change = parts.changes.get(key)
    if (change !== undefined) return change === REMOVED ? undefined : change
    return parts.base.get(key)
  }
  const assessmentsOf = (youthId: string): Map<string, Assessment> => {
    const parts = assessmentParts()
    const current = read(parts, youthId)
    if (copied.has(youthId) && current) return current as Map<string, Assessment>
    const copy = new Map(current ?? [])
    parts.changes.set(youthId, copy)
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
          youthParts().changes.set(youthId, before as unknown as Youth)
        } else {
          youthParts().changes.set(youthId, REMOVED)
          assessmentParts().changes.set(youthId, REMOVED)
          copied.delete(youthId)
        }
        break
      }
      case 'outflow': {
        if (!youthId) break
        const parts = youthParts()
        const youth = read(parts, youthId)
        if (youth)
          parts.changes.set(youthId, {
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
  const overlay = <V>(parts: Parts<V> | null, unchanged: ReadonlyMap<string, V>) =>
    parts ? new OverlayMap(parts.base, parts.changes) : unchanged
  return {
    youths: overlay(youths, state.youths),
    assessments: overlay(assessments, state.assessments),
    settings,
  }
}

/** Audit entries newest first (by time, then by id), the order `revertSince` needs. */
export function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0),
  )
}
