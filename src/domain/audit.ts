import type { Assessment, AuditEntry, Status } from './types'
import { YOUTH_FIELDS, type YouthField } from './youth-input'

/** The youth fields whose changes the history names. */
export type TrackedYouthField = YouthField

export type AuditChange =
  | {
      kind: 'assessment'
      preconditionId: string
      from: Status | null
      to: Status
      details: boolean
    }
  | { kind: 'youth-created'; statuses: Record<string, Status> }
  | { kind: 'youth-updated'; fields: TrackedYouthField[] }
  /** Two youths created with the same cliëntnummer on two laptops, made into this one. */
  | { kind: 'youth-merged'; fields: TrackedYouthField[] }
  | { kind: 'outflow'; registered: boolean }
  | { kind: 'other' }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * Key in a youth line's `after` naming the youth merged into this one (a duplicate
 * cliëntnummer, db/sync/duplicate-merge.ts): that youth's history then shows under this one.
 */
export const MERGED_FROM = 'mergedFrom'

/** The id of the youth this line merged into its youth, or null for any other line. */
export function mergedFromOf(entry: AuditEntry): string | null {
  if (entry.kind !== 'youth' || !isRecord(entry.after)) return null
  const from = entry.after[MERGED_FROM]
  return typeof from === 'string' ? from : null
}

/** What an audit line means, for showing it as "Wonen: oranje → rood" or "perspectief gewijzigd". */
export function describeAuditEntry(entry: AuditEntry): AuditChange {
  if (entry.kind === 'assessment' && isRecord(entry.after) && entry.preconditionId) {
    const after = entry.after as unknown as Assessment
    const before = isRecord(entry.before) ? (entry.before as unknown as Assessment) : null
    return {
      kind: 'assessment',
      preconditionId: entry.preconditionId,
      from: before?.status ?? null,
      to: after.status,
      details:
        before !== null &&
        (before.note !== after.note ||
          before.action !== after.action ||
          before.owner !== after.owner ||
          before.dueDate !== after.dueDate ||
          before.reasonCodes.join() !== after.reasonCodes.join()),
    }
  }
  if (entry.kind === 'youth') {
    if (!isRecord(entry.before)) {
      // An import records a new youth's first statuses in its creation line.
      const imported = isRecord(entry.after) ? entry.after.importedStatuses : undefined
      const statuses = isRecord(imported) ? (imported as Record<string, Status>) : {}
      return { kind: 'youth-created', statuses }
    }
    const before = entry.before
    const after = isRecord(entry.after) ? entry.after : {}
    return {
      kind: mergedFromOf(entry) === null ? 'youth-updated' : 'youth-merged',
      fields: YOUTH_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])),
    }
  }
  if (entry.kind === 'outflow') return { kind: 'outflow', registered: entry.after !== null }
  return { kind: 'other' }
}
