import { describeAuditEntry } from '../../domain/audit'
import { formatMoment } from '../../domain/moments'
import type { AuditEntry, PreconditionDef } from '../../domain/types'
import { preconditionName, useT, type Dictionary } from '../../i18n'

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
    case 'outflow':
      return change.registered ? h.outflow : h.outflowUndone
    case 'other':
      return h.other
  }
}

/** The audit log of one youth: who changed what and when, newest first. */
export function AuditList({
  entries,
  preconditions,
}: {
  entries: readonly AuditEntry[]
  preconditions: readonly PreconditionDef[]
}) {
  const t = useT()
  if (entries.length === 0) return <p>{t.history.empty}</p>
  return (
    <ol className="audit-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="audit-list__when">{formatMoment(entry.at)}</span>{' '}
          <span className="audit-list__who">{entry.actor}</span>
          {': '}
          <span>{describe(t, entry, preconditions)}</span>
        </li>
      ))}
    </ol>
  )
}
