import { compactAudit } from '../../src/db/audit-compaction'
import { BoardStore } from '../../src/db/board-store'
import { db } from '../../src/db/database'
import { countOutbox, setOutboxEnabled } from '../../src/db/sync/outbox'
import { assessmentInputOf, getAssessment, setAssessment } from '../../src/db/assessments-repo'
import { importSpreadsheet } from '../../src/features/importer/import-pipeline'
import {
  checkBackup,
  rawWrite as backupRawWrite,
  releaseBackup,
  restoreChecked,
  writeBackup,
} from './backup-work'
import { benchCsv } from './import-csv'
import {
  buildOverview,
  exportShown,
  filterShown,
  largestMunicipality,
  loadNewest,
  makeDigests,
  previousRonde,
  readStored,
  seedMunicipal,
  switchRonde,
} from './municipal-work'
import { currentRecords, rawRead, rawWrite } from './raw-floor'
import { exportList, summary } from './report-work'
import { BENCH_TODAY, clearAll, seed } from './seed'
import { putTeamDocs, teamDocs } from '../support/team-docs'

/**
 * The benchmark's in-browser side, served next to the app on the same origin (so it shares
 * the app's IndexedDB). `run.mjs` calls these through `window.__bench`; each timed operation
 * returns its own duration measured with the Performance API.
 */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now()
  const result = await work()
  return { ms: performance.now() - start, result }
}

/** The last store loaded by `storeLoad`, so its heap can be read. */
const kept: BoardStore[] = []

const bench = {
  seed: (size: number) => timed(() => seed(size)),
  /** What the app does once in idle time after it opened (useAuditCompaction). */
  compactAudit: () => timed(() => compactAudit()),
  clear: () => timed(clearAll),
  /**
   * Connects a (pretend) team or disconnects it, as the app reads it when it opens: the next
   * board load writes outbox rows or not. Empties the outbox; returns how many rows it held.
   */
  async syncSwitch(on: boolean) {
    const rows = await countOutbox()
    await db.transaction('rw', db.settings, db.syncOutbox, async () => {
      if (on) {
        const connectedAt = new Date().toISOString()
        await db.settings.put({ key: 'sync', value: { team: 'bench', username: 'b', connectedAt } })
      } else await db.settings.delete('sync')
      await db.syncOutbox.clear()
    })
    return rows
  },
  /**
   * The status change's write alone (`setAssessment`: the youth record and its audit line in
   * one transaction), `count` times, the outbox on and off in turn, so both sides share the
   * machine's load. Returns the median milliseconds of each.
   */
  async syncWrites(count: number) {
    const youths = await db.youths.limit(count).primaryKeys()
    const times: Record<'on' | 'off', number[]> = { on: [], off: [] }
    for (let i = 0; i < count; i++) {
      const on = i % 2 === 1
      setOutboxEnabled(on)
      const youthId = youths[i % youths.length] as string
      // Always a real change: the other colour than the stored one.
      const current = await getAssessment(youthId, 'wonen')
      const input = assessmentInputOf(current)
      const status = current?.status === 'rood' ? 'groen' : 'rood'
      const run = await timed(() =>
        setAssessment(youthId, 'wonen', { ...input, status }, 'Benchmark'),
      )
      times[on ? 'on' : 'off'].push(run.ms)
    }
    setOutboxEnabled(false)
    const rows = await countOutbox()
    await db.syncOutbox.clear()
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN
    return { offMs: median(times.off), onMs: median(times.on), rows }
  },
  async summary(kind: 'all' | 'gemeente') {
    const run = await timed(() => summary(kind))
    return {
      ms: run.ms,
      historyMs: run.result.historyMs,
      result: { youths: run.result.report.youths.length },
    }
  },
  async exportList(kind: 'xlsx' | 'csv') {
    const { report } = await summary('all')
    return timed(() => exportList(report, kind))
  },
  /** Imports a generated CSV of `size` rows into an empty database (read, map, check, store). */
  async importCsv(size: number) {
    await clearAll()
    const file = new Blob([benchCsv(size)], { type: 'text/csv' })
    const run = await timed(async () => {
      const { result } = await importSpreadsheet(file, 'jongeren.csv', {
        actor: 'Benchmark',
        today: BENCH_TODAY,
      })
      return result
    })
    // The floor in the same run: the records the import wrote, put with plain IndexedDB.
    const floor = await rawWrite(await currentRecords())
    return { ...run, floor }
  },
  /** Every youth and assessment read with plain IndexedDB (the board load's floor). */
  rawRead,
  /** The board store's full load on its own, without the board rendering it (kept for a heap reading). */
  async storeLoad() {
    const store = new BoardStore()
    const run = await timed(() => store.whenLoaded())
    kept.splice(0, kept.length, store)
    return { ms: run.ms, youths: store.getSnapshot().youths.size }
  },
  /**
   * Fills a team database on the sync server (through this origin's /db/) with the benchmark's
   * dataset as team documents, for the team sync part (team-sync-timings.mjs).
   */
  seedTeam: (team: string, size: number, auth: string) =>
    timed(async () => {
      const { docs, youths, auditLines } = teamDocs(size)
      await putTeamDocs(`${location.origin}/db/${team}`, docs, auth)
      return { docs: docs.length, youths, auditLines }
    }),
  /** Back-up maken and terugzetten (Vervangen) of the whole database. */
  backup: {
    write: (encrypted: boolean) => timed(() => writeBackup(encrypted)),
    check: (encrypted: boolean) => timed(() => checkBackup(encrypted)),
    restore: () => timed(restoreChecked),
    rawWrite: () => timed(backupRawWrite),
    release: releaseBackup,
  },
  /** The Gemeente-overzicht: uitwisselbestanden of 60 providers over 12 rondes. */
  municipal: {
    seed: (rowsPerRonde: number) => timed(() => seedMunicipal(rowsPerRonde)),
    load: () => timed(loadNewest),
    read: () => timed(() => readStored(null)),
    switchRonde: (ronde: string | null) => timed(() => switchRonde(ronde)),
    makeDigests: () => timed(makeDigests),
    overview: (ronde: string | null, gemeente: string | null) =>
      timed(() =>
        Promise.resolve(
          buildOverview(ronde, gemeente ? { kind: 'gemeente', code: gemeente } : { kind: 'all' }),
        ),
      ),
    previousRonde,
    largestMunicipality,
    filter: (kind: 'provider-rood' | 'overdue') => timed(() => Promise.resolve(filterShown(kind))),
    export: (kind: 'xlsx' | 'csv') => timed(() => exportShown(kind)),
  },
}

declare global {
  interface Window {
    __bench: typeof bench
  }
}

window.__bench = bench
document.body.dataset.ready = 'true'
