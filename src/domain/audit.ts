import type { Assessment, AuditEntry, Status, Youth } from './types'

const YOUTH_FIELDS = [
  'clientRef',
  'displayName',
  'birthDate',
  'municipalityCode',
  'jeugdregio',
  'location',
  'livingArrangement',
  'placementDate',
  'expectedOutflowDate',
  'perspective',
  'measure',
  'guardianOrg',
  'caseOwner',
  'note',
] as const satisfies readonly (keyof Youth)[]
export type TrackedYouthField = (typeof YOUTH_FIELDS)[number]

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
  | { kind: 'outflow'; registered: boolean }
  | { kind: 'other' }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
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
      kind: 'youth-updated',
      fields: YOUTH_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])),
    }
  }
  if (entry.kind === 'outflow') return { kind: 'outflow', registered: entry.after !== null }
  return { kind: 'other' }
}
