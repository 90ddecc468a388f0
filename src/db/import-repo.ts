import Dexie from 'dexie'
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
  return db.transaction('r', db.youths, db.assessments, async () => {
    const youths = refs.length === 0 ? [] : await db.youths.where('clientRef').anyOf(refs).toArray()
    const ids = new Set(youths.map((y) => y.id))
    // Few youths: one key range each; many: one pass over all assessments is faster.
    const assessments =
      youths.length > 200
        ? (await db.assessments.toArray()).filter((a) => ids.has(a.youthId))
        : (
            await Promise.all(
              youths.map((y) =>
                db.assessments
                  .where('[youthId+preconditionId]')
                  .between([y.id, Dexie.minKey], [y.id, Dexie.maxKey])
                  .toArray(),
              ),
            )
          ).flat()
    const statuses = new Map<string, Record<string, Status>>()
    const details = new Map<string, Record<string, AssessmentDetails>>()
    for (const a of assessments) {
      const of = statuses.get(a.youthId) ?? {}
      of[a.preconditionId] = a.status
      statuses.set(a.youthId, of)
      const texts = details.get(a.youthId) ?? {}
      texts[a.preconditionId] = { note: a.note, action: a.action }
      details.set(a.youthId, texts)
    }
    return new Map(
      youths.map((youth) => [
        youth.clientRef,
        { youth, statuses: statuses.get(youth.id) ?? {}, details: details.get(youth.id) ?? {} },
      ]),
    )
  })
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
  const tables = [db.youths, db.assessments, db.audit, db.settings]
  return db.transaction('rw', tables, async () => {
    const ids = plan.updates.map((u) => u.youthId)
    const stored = await db.youths.bulkGet(ids)
    const current = new Map(stored.flatMap((y) => (y ? [[y.id, y] as const] : [])))
    for (const update of plan.updates) {
      if (current.get(update.youthId)?.updatedAt !== update.basedOn) throw new StaleImportError()
    }
    const keys = plan.updates.flatMap((u) =>
      [...new Set([...Object.keys(u.statuses), ...Object.keys(u.details ?? {})])].map(
        (p): [string, string] => [u.youthId, p],
      ),
    )
    const before = (await db.assessments.bulkGet(keys)).filter((a): a is Assessment => !!a)
    const currentAssessments = new Map(before.map((a) => [assessmentKey(a), a]))
    const built = buildImportRecords(plan, {
      actor,
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
      current,
      currentAssessments,
    })
    const records = withVersions(built, current, currentAssessments)

    const total = records.youths.length + records.assessments.length + records.audit.length
    let done = 0
    const progress = (n: number) => onProgress?.((done += n), total)
    const added = records.youths.filter((y) => !current.has(y.id))
    const changed = records.youths.filter((y) => current.has(y.id))
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
    await writeInChunks(records.assessments, (c) => db.assessments.bulkPut(c), progress)
    await writeInChunks(records.audit, (c) => db.audit.bulkAdd(c), progress)

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
