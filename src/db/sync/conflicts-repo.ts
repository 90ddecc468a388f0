import { openConflictsOf } from '../../domain/sync/conflict-list'
import { assessmentPath } from '../../domain/sync/flatten'
import { DELETED_FIELD } from '../../domain/sync/merge-doc'
import type { ConflictValue, FieldConflict } from '../../domain/sync/types'
import type { Outflow } from '../../domain/types'
import { sameValue } from '../../domain/versions/merge-edit'
import { versionOf } from '../../domain/versions/record-version'
import { YOUTH_FIELDS, type YouthValues } from '../../domain/youth-input'
import { assessmentInputOf, setAssessment } from '../assessments-repo'
import { appendAudit } from '../audit-repo'
import { db } from '../database'
import { MissingRecordError } from '../record-change'
import { registerOutflow, undoOutflow, updateYouth } from '../youths-repo'
import { youthOf, type StoredYouth } from '../youth-record'
import { DUPLICATE_PREFIX } from './duplicates-repo'

/** Something team sync could not decide alone: a person chooses (docs/sync-design.md §5–§6). */
export type OpenConflict =
  | {
      kind: 'fields'
      docId: string
      youthId?: string
      /** What the record is to people: a youth's cliëntnummer, a review's date, `app`. */
      label: string
      conflicts: FieldConflict[]
    }
  | { kind: 'duplicate'; docId: string; clientRef: string; localYouthId: string }

/** A conflict's value that is not one of its values (another tab decided meanwhile). */
export class StaleConflictError extends Error {
  constructor(field: string) {
    super(`No open conflict on ${field} with this value`)
    this.name = 'StaleConflictError'
  }
}

type WithConflicts = { syncConflicts?: FieldConflict[] }
const hasConflicts = (r: WithConflicts) => (r.syncConflicts?.length ?? 0) > 0

/**
 * Every open conflict: records holding conflicts (youths by cliëntnummer first) and youths
 * that arrived with a cliëntnummer this laptop already has. Conflicts are sealed with
 * encryption on, so they cannot be indexed: this reads the tables through, which is for the
 * Conflicten list (not the board, which sees the mark on the youth it already read).
 */
export async function listOpenConflicts(): Promise<OpenConflict[]> {
  const fields = (docId: string, label: string, r: WithConflicts, youthId?: string) => ({
    kind: 'fields' as const,
    docId,
    ...(youthId === undefined ? {} : { youthId }),
    label,
    conflicts: r.syncConflicts ?? [],
  })
  const youths = await db.youths.filter(hasConflicts).toArray()
  youths.sort((a, b) => a.clientRef.localeCompare(b.clientRef, 'nl', { numeric: true }))
  const settings = await db.settings.filter(hasConflicts).toArray()
  const reviews = await db.reviews.filter(hasConflicts).toArray()
  const items = await db.reviewItems.filter(hasConflicts).toArray()
  const notes = await db.reportNotes.filter(hasConflicts).toArray()
  const agreements = await db.agreements.filter(hasConflicts).toArray()
  const duplicates = await db.syncMeta.where('id').startsWith(DUPLICATE_PREFIX).toArray()
  return [
    ...duplicates.map((d) => ({
      kind: 'duplicate' as const,
      docId: d.id.slice(DUPLICATE_PREFIX.length),
      clientRef: String(d.clientRef),
      localYouthId: String(d.localYouthId),
    })),
    ...youths.map((y) => fields(`youth:${y.id}`, y.clientRef, y, y.id)),
    ...settings.map((s) => fields(`setting:${s.key}`, s.key, s)),
    ...reviews.map((r) => fields(`review:${r.id}`, r.date, r)),
    ...items.map((i) => fields(`reviewItem:${i.reviewId}:${i.youthId}`, i.reviewId, i, i.youthId)),
    ...notes.map((n) => fields(`reportNote:${n.id}`, n.id, n)),
    ...agreements.map((a) => fields(`agreement:${a.id}`, a.providerName, a)),
  ]
}

/** The youth with this field's conflict entry gone (same record when there is none). */
function withoutEntry(youth: StoredYouth, field: string): StoredYouth {
  const rest = openConflictsOf(youth).filter((c) => c.field !== field)
  const { syncConflicts: _old, ...others } = youth
  return rest.length > 0 ? { ...others, syncConflicts: rest } : others
}

/** The youth's form values with one field set. */
function youthValues(youth: StoredYouth, field: string, value: unknown): YouthValues {
  const values = Object.fromEntries(YOUTH_FIELDS.map((f) => [f, youth[f]])) as YouthValues
  return { ...values, [field]: value }
}

/**
 * A person's choice for one field of a youth that two laptops changed differently: the chosen
 * value is saved through the usual versioned save (checked and audited like an edit), the
 * conflict entry goes, and every value not chosen gets an audit line (not chosen → chosen), so
 * it stays in the youth's history. All in one transaction. `chosen` must be one of the entry's
 * values (else StaleConflictError: another tab or laptop decided meanwhile).
 */
export async function resolveFieldConflict(
  youthId: string,
  field: string,
  chosen: unknown,
  actor: string,
): Promise<void> {
  await db.transaction('rw', db.youths, db.settings, db.audit, async () => {
    const youth = await db.youths.get(youthId)
    if (!youth) throw new MissingRecordError('Youth')
    const entry = openConflictsOf(youth).find((c) => c.field === field)
    if (!entry?.values.some((v) => sameValue(v.value, chosen))) {
      throw new StaleConflictError(field)
    }
    const others = entry.values.filter((v) => !sameValue(v.value, chosen))
    // The entry goes first: the save below then stores the record without it.
    await db.youths.put(withoutEntry(youth, field))
    const at = assessmentPath(field)
    if (field === DELETED_FIELD) {
      if (chosen === true) await deleteYouth(youth, actor)
    } else if (at) {
      const [preconditionId, key] = at
      const current = youth.assessments?.[preconditionId]
      const input = { ...assessmentInputOf(current), [key]: chosen }
      const saved = await setAssessment(youthId, preconditionId, input, actor, versionOf(current))
      for (const other of others) {
        const before = { ...saved, [key]: other.value }
        await appendAudit({
          actor,
          kind: 'assessment',
          youthId,
          preconditionId,
          before,
          after: saved,
        })
      }
    } else {
      await saveDetail(youth, field.slice('details.'.length), chosen, others, actor)
    }
  })
}

/** A youth's own field set to the chosen value; each value not chosen into the history. */
async function saveDetail(
  youth: StoredYouth,
  key: string,
  chosen: unknown,
  others: readonly ConflictValue[],
  actor: string,
) {
  const line = { actor, youthId: youth.id, preconditionId: null }
  const version = versionOf(youth)
  if (key === 'outflow') {
    if (chosen === null) await undoOutflow(youth.id, actor, version)
    else await registerOutflow(youth.id, chosen as Outflow, actor, version)
    for (const other of others) {
      await appendAudit({ ...line, kind: 'outflow', before: other.value, after: chosen })
    }
    return
  }
  const saved = await updateYouth(youth.id, youthValues(youth, key, chosen), actor, version)
  for (const other of others) {
    await appendAudit({
      ...line,
      kind: 'youth',
      before: { ...saved, [key]: other.value },
      after: saved,
    })
  }
}

/** Deleted on another laptop and kept deleted: the record goes, its last state in history. */
async function deleteYouth(youth: StoredYouth, actor: string) {
  await db.youths.delete(youth.id)
  await appendAudit({
    actor,
    kind: 'youth',
    youthId: youth.id,
    preconditionId: null,
    before: youthOf(youth),
    after: null,
    fromVersion: versionOf(youth),
  })
}
