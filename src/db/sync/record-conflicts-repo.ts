import type { Table } from 'dexie'
import { restoreSettings } from '../../domain/settings'
import { openConflictsOf } from '../../domain/sync/conflict-list'
import { DELETED_FIELD } from '../../domain/sync/merge-doc'
import type { FieldConflict } from '../../domain/sync/types'
import type { AuditKind } from '../../domain/types'
import { sameValue } from '../../domain/versions/merge-edit'
import { versionOf } from '../../domain/versions/record-version'
import { appendAudit } from '../audit-repo'
import { db } from '../database'
import { MissingRecordError } from '../record-change'
import { putSettings, SETTINGS_KEY } from '../settings-repo'
import { resolveFieldConflict, StaleConflictError } from './conflicts-repo'

type WithConflicts = { syncConflicts?: FieldConflict[] }
type Row = Record<string, unknown> & WithConflicts

/** The record's open entry for `field`, or StaleConflictError when `chosen` is not one of it. */
function entryOf(record: WithConflicts, field: string, chosen: unknown): FieldConflict {
  const entry = openConflictsOf(record).find((c) => c.field === field)
  if (!entry?.values.some((v) => sameValue(v.value, chosen))) throw new StaleConflictError(field)
  return entry
}

function withoutEntry<T extends WithConflicts>(record: T, field: string): T {
  const rest = openConflictsOf(record).filter((c) => c.field !== field)
  const { syncConflicts: _old, ...others } = record
  return (rest.length > 0 ? { ...others, syncConflicts: rest } : others) as T
}

const others = (entry: FieldConflict, chosen: unknown) =>
  entry.values.filter((v) => !sameValue(v.value, chosen)).map((v) => v.value)

/** The team's settings: `app.<setting>` or `app.municipal.<setting>` set, the version raised. */
async function resolveSettings(field: string, chosen: unknown, actor: string) {
  const record = await db.settings.get(SETTINGS_KEY)
  if (!record) throw new MissingRecordError('Settings')
  const entry = entryOf(record, field, chosen)
  const settings = restoreSettings(record.value)
  const set = (value: unknown) => {
    const key = field.replace(/^app\.(municipal\.)?/, '')
    return field.startsWith('app.municipal.')
      ? restoreSettings({ ...settings, municipal: { ...settings.municipal, [key]: value } })
      : restoreSettings({ ...settings, [key]: value })
  }
  const after = set(chosen)
  await putSettings(after, actor, withoutEntry(record, field))
  const line = { actor, kind: 'settings' as const, youthId: null, preconditionId: null }
  await appendAudit({ ...line, before: settings, after, fromVersion: versionOf(record) })
  for (const other of others(entry, chosen)) {
    await appendAudit({ ...line, before: set(other), after })
  }
}

/** A record kept whole by one table: the field set (or the record deleted), audited. */
async function resolveIn<K>(
  table: Table<Row, K>,
  key: K,
  kind: AuditKind,
  field: string,
  chosen: unknown,
  actor: string,
) {
  const record = await table.get(key)
  if (!record) throw new MissingRecordError(table.name)
  const entry = entryOf(record, field, chosen)
  const line = { actor, kind, youthId: null, preconditionId: null }
  if (field === DELETED_FIELD) {
    if (chosen === true) {
      await table.delete(key)
      await appendAudit({ ...line, before: record, after: null })
    } else await table.put(withoutEntry(record, field))
    return
  }
  const next: Row = { ...withoutEntry(record, field), [field]: chosen }
  // Afspraken carry a version: an edit opened before this choice then meets a newer one.
  if ('version' in record) next.version = versionOf(record) + 1
  await table.put(next)
  await appendAudit({ ...line, before: record, after: next, fromVersion: versionOf(record) })
  for (const other of others(entry, chosen)) {
    await appendAudit({ ...line, before: { ...next, [field]: other }, after: next })
  }
}

/**
 * A person's choice for one field of any record with open conflicts, by its document id as
 * `listOpenConflicts` gives it: a youth as `resolveFieldConflict`, the team's settings, a
 * review, a review item, a report note or an afspraak. The values not chosen go into the
 * history (an audit line each). StaleConflictError when `chosen` is no longer open.
 */
export async function resolveRecordConflict(
  docId: string,
  field: string,
  chosen: unknown,
  actor: string,
): Promise<void> {
  const colon = docId.indexOf(':')
  const [type, key] = [docId.slice(0, colon), docId.slice(colon + 1)]
  if (type === 'youth') return resolveFieldConflict(key, field, chosen, actor)
  const tables = [db.settings, db.reviews, db.reviewItems, db.reportNotes, db.agreements, db.audit]
  await db.transaction('rw', tables, async () => {
    const as = <K>(table: Table<unknown, K>) => table as unknown as Table<Row, K>
    switch (type) {
      case 'setting':
        return resolveSettings(field, chosen, actor)
      case 'review':
        return resolveIn(as(db.reviews), key, 'review', field, chosen, actor)
      case 'reviewItem': {
        const [reviewId = '', youthId = ''] = key.split(':')
        const itemKey: [string, string] = [reviewId, youthId]
        return resolveIn(as(db.reviewItems), itemKey, 'review', field, chosen, actor)
      }
      case 'reportNote':
        return resolveIn(as(db.reportNotes), key, 'settings', field, chosen, actor)
      case 'agreement':
        return resolveIn(as(db.agreements), key, 'municipal', field, chosen, actor)
      default:
        throw new MissingRecordError(docId)
    }
  })
}
