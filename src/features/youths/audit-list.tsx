import { describeAuditEntry } from '../../domain/audit'
import type { AuditEntry, PreconditionDef, ReasonCodeDef } from '../../domain/types'
import { formatMoment } from '../../domain/moments'
import { preconditionName, useT, type Dictionary } from '../../i18n'
import { AuditChanges } from './audit-changes'

function describe(
  t: Dictionary,
  entry: AuditEntry,
  preconditions: readonly PreconditionDef[],
): string {
  const change = describeAuditEntry(entry)
  const h = t.history
  switch (change.kind) {
    case 'assessment': {
      const p = preconditions.find((x) => x.id === change.preconditionId)
      const name = p ? preconditionName(t, p) : change.preconditionId
      const from = change.from ? t.statuses[change.from] : h.none
      return change.from === change.to
        ? h.assessmentDetails(name, t.statuses[change.to])
        : h.assessmentChanged(name, from, t.statuses[change.to])
    }
    case 'youth-created': {
      const statuses = Object.entries(change.statuses).map(([id, status]) => {
        const p = preconditions.find((x) => x.id === id)
        return `${p ? preconditionName(t, p) : id} ${t.statuses[status]}`
      })
      return statuses.length > 0 ? `${h.created}: ${statuses.join(', ')}` : h.created
    }
    case 'youth-updated':
      return h.updated(change.fields.map((f) => h.fields[f]).join(', '))
    case 'youth-merged':
      return h.merged(change.fields.map((f) => h.fields[f]).join(', '))
    case 'outflow':
      return change.registered ? h.outflow : h.outflowUndone
    case 'other':
      return h.other
  }
}

/** The audit log of one youth: who changed what and when (old → new), newest first. */
export function AuditList({
  entries,
  preconditions,
  reasonCodes,
}: {
  entries: readonly AuditEntry[]
  preconditions: readonly PreconditionDef[]
  reasonCodes: readonly ReasonCodeDef[]
}) {
  const t = useT()
  if (entries.length === 0) return <p>{t.history.empty}</p>
  return (
    <ol className="audit-list">
      {entries.map((entry) => (
        // Lines of one import batch share its id; one youth has one line per record in it.
        <li key={`${entry.id}:${entry.kind}:${entry.preconditionId ?? ''}`}>
          <span className="audit-list__when">{formatMoment(entry.at)}</span>{' '}
          <span className="audit-list__who">{entry.actor}</span>
          {': '}
          <span>{describe(t, entry, preconditions)}</span>
          <AuditChanges entry={entry} reasonCodes={reasonCodes} />
        </li>
      ))}
    </ol>
  )
}
