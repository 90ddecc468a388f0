import type { ExistingYouth } from '../domain/import/analyse-row'
import { buildImportRecords, type ImportRecords } from '../domain/import/build-records'
import type { ImportPlan } from '../domain/import/plan'
import type { AssessmentDetails } from '../domain/import/types'
import { restoreSettings } from '../domain/settings'
import type { Assessment, Status, Youth } from '../domain/types'
import { versionOf } from '../domain/versions/record-version'
import { db } from './database'
import { putSettings, SETTINGS_KEY } from './settings-repo'
import { isKeyConflict } from './storage'
import { auditBatches } from './audit-repo'
import { assessmentsIn, youthOf, type StoredYouth } from './youth-record'

/**
 * A youth in the plan changed, or a cliëntnummer was taken (in another tab), after the sheet
 * was checked: nothing is written; check again.
 */
export class StaleImportError extends Error {
  constructor() {
    super('A youth changed after the import was checked')
    this.name = 'StaleImportError'
  }
}

const WRITE_CHUNK = 5000

/** The youths on the board with any of these cliëntnummers, with their statuses. */
export async function loadExistingForImport(
  clientRefs: readonly string[],
): Promise<Map<string, ExistingYouth>> {
  const refs = [...new Set(clientRefs.filter((r) => r !== ''))]
  const stored = refs.length === 0 ? [] : await db.youths.where('clientRef').anyOf(refs).toArray()
  return new Map(
    stored.map((youth) => {
      const statuses: Record<string, Status> = {}
      const details: Record<string, AssessmentDetails> = {}
      for (const a of assessmentsIn(youth)) {
        statuses[a.preconditionId] = a.status
        details[a.preconditionId] = { note: a.note, action: a.action }
      }
      return [youth.clientRef, { youth: youthOf(youth), statuses, details }]
    }),
  )
}

export interface ImportResult {
  added: number
  updated: number
}

/** Chunks in flight at once: IndexedDB keeps working while the next chunk is prepared. */
const IN_FLIGHT = 3

async function writeInChunks<T>(
  records: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  progress: (n: number) => void,
) {
  const pending: Promise<unknown>[] = []
  for (let start = 0; start < records.length; start += WRITE_CHUNK) {
    const chunk = records.slice(start, start + WRITE_CHUNK)
    const written = write(chunk).then(() => progress(chunk.length))
    // Awaited below; marked handled now, so a failure while an earlier chunk is awaited does
    // not surface as an unhandled rejection (the transaction aborts either way).
    written.catch(() => undefined)
    pending.push(written)
    if (pending.length >= IN_FLIGHT) await pending.shift()
  }
  await Promise.all(pending)
}

const assessmentKey = (a: Assessment) => `${a.youthId}|${a.preconditionId}`

/**
 * Every record the import writes gets its next version, and every audit line about one record
 * the version it changed from, as the forms' writes do: an edit open in another tab then sees
 * that the import changed its record.
 */
function withVersions(
  records: ImportRecords,
  youths: ReadonlyMap<string, Youth>,
  assessments: ReadonlyMap<string, Assessment>,
): ImportRecords {
  return {
    ...records,
    youths: records.youths.map((y) => ({ ...y, version: versionOf(youths.get(y.id)) + 1 })),
    assessments: records.assessments.map((a) => ({
      ...a,
      version: versionOf(assessments.get(assessmentKey(a))) + 1,
    })),
    audit: records.audit.map((line) =>
      line.kind === 'youth' || line.kind === 'assessment'
        ? { ...line, fromVersion: versionOf(line.before) }
        : line,
    ),
  }
}

/**
 * Stores a checked import all-or-nothing: youths, assessments, their audit lines and new
 * locations in one transaction. Any failure — a cliëntnummer added meanwhile in another tab,
 * a youth changed since the check, a full disk — rolls everything back.
 */
export async function commitImport(
  plan: ImportPlan,
  actor: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  if (plan.undecided > 0) throw new Error('The plan still waits for a choice about duplicates')
  const tables = [db.youths, db.audit, db.settings]
  return db.transaction('rw', tables, async () => {
    const ids = plan.updates.map((u) => u.youthId)
    const stored = new Map(
      (await db.youths.bulkGet(ids)).flatMap((y) => (y ? [[y.id, y] as const] : [])),
    )
    const current = new Map([...stored].map(([id, y]) => [id, youthOf(y)] as const))
    for (const update of plan.updates) {
      if (current.get(update.youthId)?.updatedAt !== update.basedOn) throw new StaleImportError()
    }
    const currentAssessments = new Map(
      [...stored.values()].flatMap(assessmentsIn).map((a) => [assessmentKey(a), a] as const),
    )
    const now = new Date().toISOString()
    const built = buildImportRecords(plan, {
      actor,
      now,
      newId: () => crypto.randomUUID(),
      current,
      currentAssessments,
    })
    const records = withVersions(built, current, currentAssessments)
    const { added, changed } = youthRecords(records, stored)
    // One batch record per AUDIT_BATCH_LINES lines instead of a record per line.
    const batches = auditBatches(
      records.audit.map(({ kind, youthId, preconditionId, before, after, fromVersion }) => ({
        kind,
        youthId,
        preconditionId,
        before,
        after,
        fromVersion,
      })),
      actor,
      now,
    )

    const total = added.length + changed.length + batches.length
    let done = 0
    const progress = (n: number) => onProgress?.((done += n), total)
    // add, not put: a cliëntnummer that exists by now (another tab) fails the whole transaction.
    // Only that is "stale"; a bulk write that failed otherwise (a full disk) keeps its error.
    await writeInChunks(
      added,
      (c) =>
        db.youths.bulkAdd(c).catch((error: unknown) => {
          if (isKeyConflict(error)) throw new StaleImportError()
          throw error
        }),
      progress,
    )
    await writeInChunks(changed, (c) => db.youths.bulkPut(c), progress)
    await writeInChunks(batches, (c) => db.audit.bulkAdd(c), progress)

    const settingsRecord = await db.settings.get(SETTINGS_KEY)
    const settings = restoreSettings(settingsRecord?.value)
    const fresh = records.locations.filter((l) => !settings.locations.includes(l))
    if (fresh.length > 0) {
      const locations = [...settings.locations, ...fresh].sort((a, b) => a.localeCompare(b, 'nl'))
      await putSettings({ ...settings, locations }, actor, settingsRecord)
    }
    return { added: records.added, updated: records.updated }
  })
}

/**
 * The youth records to store: each new or changed youth, and each youth with a changed
 * assessment, with its assessments (stored ones kept, imported ones over them).
 */
function youthRecords(
  records: ImportRecords,
  stored: ReadonlyMap<string, StoredYouth>,
): { added: StoredYouth[]; changed: StoredYouth[] } {
  const out = new Map<string, StoredYouth>()
  for (const youth of records.youths) {
    out.set(youth.id, { ...youth, assessments: { ...stored.get(youth.id)?.assessments } })
  }
  for (const a of records.assessments) {
    let youth = out.get(a.youthId)
    if (!youth) {
      const before = stored.get(a.youthId)
      if (!before) throw new Error(`Youth ${a.youthId} is not in the import`)
      youth = { ...before, assessments: { ...before.assessments } }
      out.set(a.youthId, youth)
    }
    ;(youth.assessments ??= {})[a.preconditionId] = a
  }
  const all = [...out.values()]
  return {
    added: all.filter((y) => !stored.has(y.id)),
    changed: all.filter((y) => stored.has(y.id)),
  }
}
