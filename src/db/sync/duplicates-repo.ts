import { differingFields, type DifferingField } from '../../domain/sync/merge-youths'
import type { LastChange } from '../../domain/versions/record-version'
import { ValidationError } from '../../domain/validation'
import { versionOf } from '../../domain/versions/record-version'
import { parseClientRef, youthValuesOf, type YouthField } from '../../domain/youth-input'
import { appendAudit, auditForYouth } from '../audit-repo'
import { db } from '../database'
import { MissingRecordError } from '../record-change'
import { updateYouth } from '../youths-repo'
import { youthOf, type StoredYouth } from '../youth-record'
import { DUPLICATE_PREFIX, type DuplicateRow } from './duplicate-rows'
import { mergeDuplicate } from './duplicate-merge'

export { DUPLICATE_PREFIX } from './duplicate-rows'
export { StaleDuplicateError } from './duplicate-merge'

/** Who made a youth and when, and who changed its own fields last (from its history). */
export interface YouthMade {
  created: LastChange | null
  changed: LastChange | null
}

/** What the Samenvoegen dialog shows of a duplicate cliëntnummer: both youths side by side. */
export interface DuplicateDetails {
  docId: string
  clientRef: string
  /** The youth stored here; the merge keeps it (its id). */
  local: StoredYouth
  /** The youth that arrived from the team with the same cliëntnummer. */
  incoming: StoredYouth
  made: { local: YouthMade; incoming: YouthMade }
  /** Fields the two hold differently: a person picks one value each. */
  differing: DifferingField[]
}

export type DuplicateChoice =
  | {
      kind: 'merge'
      /** Per differing field the youth whose value stays. */
      choices: Readonly<Record<string, 'kept' | 'other'>>
      /** The versions the person saw: a youth changed meanwhile is shown again, not merged. */
      seen: { local: number; incoming: number }
    }
  | { kind: 'renumber'; which: 'local' | 'incoming'; clientRef: string }

async function duplicateRow(docId: string): Promise<DuplicateRow> {
  const row = (await db.syncMeta.get(DUPLICATE_PREFIX + docId)) as DuplicateRow | undefined
  if (!row) throw new MissingRecordError('Duplicate')
  return row
}

/** Created by (its first line) and last changed by (its newest line on its own fields). */
async function madeOf(youth: StoredYouth): Promise<YouthMade> {
  const own = (await auditForYouth(youth.id)).filter(
    (e) => e.youthId === youth.id && (e.kind === 'youth' || e.kind === 'outflow'),
  )
  const first = own.at(-1)
  const latest = own[0]
  return {
    created:
      first && first.before === null
        ? { actor: first.actor, at: first.at }
        : { actor: '', at: youth.createdAt },
    changed: latest ? { actor: latest.actor, at: latest.at } : null,
  }
}

/** Both youths of a waiting duplicate with their history's who/when; null once it was decided. */
export async function readDuplicate(docId: string): Promise<DuplicateDetails | null> {
  // No transaction of its own: the dialog reads it in a live query, which reads consistently.
  const row = (await db.syncMeta.get(DUPLICATE_PREFIX + docId)) as DuplicateRow | undefined
  const local = row && (await db.youths.get(row.localYouthId))
  if (!row || !local) return null
  const incoming = row.record
  const [localMade, incomingMade] = await Promise.all([madeOf(local), madeOf(incoming)])
  return {
    docId,
    clientRef: row.clientRef,
    local,
    incoming,
    made: { local: localMade, incoming: incomingMade },
    differing: differingFields(local, incoming),
  }
}

/** A new cliëntnummer by the youth form's rule (filled in, not too long, no BSN) and free. */
async function newClientRef(raw: string): Promise<string> {
  const parsed = parseClientRef(raw)
  if (!parsed.ok) throw new ValidationError<YouthField>({ clientRef: parsed.error })
  if (await db.youths.where('clientRef').equals(parsed.value).first()) {
    throw new ValidationError<YouthField>({ clientRef: 'clientRefTaken' })
  }
  return parsed.value
}

/** The youth that waited, stored as any youth (its document goes back to the team as it is). */
async function storeIncoming(incoming: StoredYouth, actor: string, clientRef = incoming.clientRef) {
  if (clientRef === incoming.clientRef) {
    await db.youths.add(incoming)
    return
  }
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
}

/**
 * A person's decision on a duplicate cliëntnummer (docs/sync-design.md §6):
 * - `merge`: one youth (the one stored here) with per differing field the value chosen; the
 *   other youth is deleted, which replicates (an outbox row for its id, which no record has),
 *   and both youths' history stays under the one kept (duplicate-merge.ts).
 * - `renumber`: one of the two gets another cliëntnummer (checked as the youth form does:
 *   filled in, at most 40 characters, no BSN, not in use); then both are stored as any youth.
 * Either way the waiting entry goes; all in one transaction, so a refusal changes nothing.
 */
export async function resolveDuplicate(
  docId: string,
  choice: DuplicateChoice,
  actor: string,
): Promise<void> {
  const tables = [db.youths, db.audit, db.syncMeta, db.syncOutbox, db.settings]
  await db.transaction('rw', tables, async () => {
    const row = await duplicateRow(docId)
    const local = await db.youths.get(row.localYouthId)
    if (!local) throw new MissingRecordError('Youth')
    if (choice.kind === 'merge') {
      await mergeDuplicate(local, row, choice.choices, choice.seen, actor)
    } else if (choice.which === 'incoming') {
      await storeIncoming(row.record, actor, await newClientRef(choice.clientRef))
    } else {
      const clientRef = await newClientRef(choice.clientRef)
      const values = { ...youthValuesOf(local), clientRef }
      await updateYouth(local.id, values, actor, versionOf(local))
      await storeIncoming(row.record, actor)
    }
    await db.syncMeta.delete(row.id)
  })
}
