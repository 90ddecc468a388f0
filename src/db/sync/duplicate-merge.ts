import { MERGED_FROM } from '../../domain/audit'
import { mergeDuplicateYouths, type DuplicateSideName } from '../../domain/sync/merge-youths'
import type { Assessment } from '../../domain/types'
import { sameValue } from '../../domain/versions/merge-edit'
import { versionOf } from '../../domain/versions/record-version'
import { assessmentInputOf } from '../assessments-repo'
import { appendAudit, lastYouthChange } from '../audit-repo'
import { db } from '../database'
import { youthOf, type StoredYouth } from '../youth-record'
import type { DuplicateRow } from './duplicate-rows'

/** One of the two youths changed after the dialog showed them: look again, nothing merged. */
export class StaleDuplicateError extends Error {
  constructor() {
    super('A youth of the duplicate changed meanwhile')
    this.name = 'StaleDuplicateError'
  }
}

/**
 * Merges the waiting youth into the one stored here, in the caller's transaction (youths,
 * audit, syncMeta, syncOutbox): the kept youth takes per differing field the value chosen; an
 * audit line records the merge (its `after` names the other youth, so that youth's history
 * shows under the kept one, audit-repo.ts) and each randvoorwaarde it changed; the other youth
 * gets its deletion line, and its document is deleted for the team through an outbox row for
 * its id, which no record here has.
 */
export async function mergeDuplicate(
  local: StoredYouth,
  row: DuplicateRow,
  choices: Readonly<Record<string, DuplicateSideName>>,
  seen: { local: number; incoming: number },
  actor: string,
): Promise<void> {
  const incoming = row.record
  if (versionOf(local) !== seen.local || versionOf(incoming) !== seen.incoming) {
    throw new StaleDuplicateError()
  }
  const side = async (youth: StoredYouth) => {
    const last = await lastYouthChange(youth.id)
    return { data: youth, by: last?.actor ?? '', at: last?.at ?? youth.updatedAt, rev: '' }
  }
  const merged = mergeDuplicateYouths(await side(local), await side(incoming), choices)
  const kept = { ...merged, updatedAt: new Date().toISOString() } as unknown as StoredYouth
  await db.youths.put(kept)

  const line = { actor, youthId: local.id }
  // The randvoorwaarden first: the merge line is then the newest, read first in the history.
  const before = local.assessments ?? {}
  for (const [pid, after] of Object.entries(kept.assessments ?? {})) {
    const old: Assessment | undefined = before[pid]
    if (old && sameValue(assessmentInputOf(old), assessmentInputOf(after))) continue
    await appendAudit({
      ...line,
      kind: 'assessment',
      preconditionId: pid,
      before: old ?? null,
      after,
      fromVersion: versionOf(old),
    })
  }
  await appendAudit({
    ...line,
    kind: 'youth',
    preconditionId: null,
    before: youthOf(local),
    after: { ...youthOf(kept), [MERGED_FROM]: incoming.id },
    fromVersion: versionOf(local),
  })
  await appendAudit({
    actor,
    kind: 'youth',
    youthId: incoming.id,
    preconditionId: null,
    before: youthOf(incoming),
    after: null,
    fromVersion: versionOf(incoming),
  })
  await db.syncOutbox.add({ table: 'youths', key: incoming.id })
}
