import { mergeDocData } from '../../domain/sync/merge-doc'
import { ValidationError } from '../../domain/validation'
import { versionOf } from '../../domain/versions/record-version'
import { CLIENT_REF_MAX, type YouthField } from '../../domain/youth-input'
import { passesBsnElfproef } from '../../domain/bsn'
import { appendAudit, lastYouthChange } from '../audit-repo'
import { db } from '../database'
import { MissingRecordError } from '../record-change'
import { youthOf, type StoredYouth } from '../youth-record'

/**
 * `syncMeta` ids of youths that arrived with a cliëntnummer this laptop already has; the
 * bridge stores `{ id: '_duplicate:<docId>', clientRef, localYouthId, record }` (and may add
 * `by`, `at` and `rev` of the incoming revision) and the youth waits there until a person
 * decides (docs/sync-design.md §6).
 */
export const DUPLICATE_PREFIX = '_duplicate:'

interface DuplicateRow {
  id: string
  clientRef: string
  localYouthId: string
  record: StoredYouth
  by?: string
  at?: string
  rev?: string
}

export type DuplicateChoice = { kind: 'merge' } | { kind: 'renumber'; clientRef: string }

async function duplicateRow(docId: string): Promise<DuplicateRow> {
  const row = (await db.syncMeta.get(DUPLICATE_PREFIX + docId)) as DuplicateRow | undefined
  if (!row) throw new MissingRecordError('Duplicate')
  return row
}

/** Checks a new cliëntnummer as the youth form does: filled in, not too long, no BSN, free. */
async function assertNewClientRef(clientRef: string) {
  const error = (code: 'required' | 'clientRefTooLong' | 'bsnNotAllowed' | 'clientRefTaken') =>
    new ValidationError<YouthField>({ clientRef: code })
  if (clientRef === '') throw error('required')
  if (clientRef.length > CLIENT_REF_MAX) throw error('clientRefTooLong')
  if (passesBsnElfproef(clientRef)) throw error('bsnNotAllowed')
  if (await db.youths.where('clientRef').equals(clientRef).first()) throw error('clientRefTaken')
}

/**
 * A person's decision on a duplicate cliëntnummer:
 * - `merge`: the incoming youth is merged into the local one field by field without an
 *   ancestor, so every field that differs becomes a conflict to choose on the youth's page;
 *   the incoming youth's document is deleted (an outbox row for its id, which no local record
 *   has) and an audit line records the merge.
 * - `renumber`: the incoming youth gets another cliëntnummer and is stored as any youth; the
 *   outbox sends it back to the team with that number.
 * Either way the waiting entry goes; all in one transaction.
 */
export async function resolveDuplicate(
  docId: string,
  choice: DuplicateChoice,
  actor: string,
): Promise<void> {
  const tables = [db.youths, db.audit, db.syncMeta, db.syncOutbox]
  await db.transaction('rw', tables, async () => {
    const row = await duplicateRow(docId)
    const incoming = row.record
    if (choice.kind === 'renumber') {
      const clientRef = choice.clientRef.trim()
      await assertNewClientRef(clientRef)
      const after: StoredYouth = {
        ...incoming,
        clientRef,
        updatedAt: new Date().toISOString(),
        version: versionOf(incoming) + 1,
      }
      await db.youths.add(after)
      await appendAudit({
        actor,
        kind: 'youth',
        youthId: incoming.id,
        preconditionId: null,
        before: youthOf(incoming),
        after: youthOf(after),
        fromVersion: versionOf(incoming),
      })
    } else {
      const local = await db.youths.get(row.localYouthId)
      if (!local) throw new MissingRecordError('Youth')
      const localChange = await lastYouthChange(local.id)
      const localRev = (await db.syncMeta.get(`youth:${local.id}`))?.rev ?? ''
      const { data } = mergeDocData(
        'youth',
        null,
        {
          data: local,
          by: localChange?.actor ?? '',
          at: localChange?.at ?? local.updatedAt,
          rev: localRev,
        },
        {
          data: incoming,
          by: row.by ?? '',
          at: row.at ?? incoming.updatedAt,
          rev: row.rev ?? '',
        },
      )
      const merged = data as StoredYouth
      await db.youths.put(merged)
      await appendAudit({
        actor,
        kind: 'youth',
        youthId: local.id,
        preconditionId: null,
        before: youthOf(local),
        after: youthOf(merged),
        fromVersion: versionOf(local),
      })
      await db.syncOutbox.add({ table: 'youths', key: incoming.id })
    }
    await db.syncMeta.delete(row.id)
  })
}
