import { db } from '../../src/db/database'
import { storedYouths } from '../../src/db/youth-record'
import { SETTINGS_KEY } from '../../src/db/settings-repo'
import { generateSampleDataset } from '../../src/domain/sample-data/generate'
import { sampleHistory } from '../../src/domain/sample-data/history'

export const BENCH_TODAY = '2026-11-23'

/** Generates the deterministic nationwide dataset of one size, with 12 monthly reviews. */
export function benchDataset(youthCount: number) {
  const data = generateSampleDataset({
    seed: 41_000 + youthCount,
    youthCount,
    today: BENCH_TODAY,
    months: 12,
    nationwide: true,
  })
  return { data, history: sampleHistory(data) }
}

async function inChunks<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += 10_000) await write(items.slice(i, i + 10_000))
}

/** Empties every table (used between the import and the history dataset). */
export async function clearAll() {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear()
  })
}

/** Fills the database with a dataset; returns how many records of each kind were written. */
export async function seed(youthCount: number) {
  const { data, history } = benchDataset(youthCount)
  await clearAll()
  await db.settings.put({ key: SETTINGS_KEY, value: data.settings })
  await inChunks(storedYouths(history.youths, data.assessments), (c) => db.youths.bulkAdd(c))
  await inChunks(history.audit, (c) => db.audit.bulkAdd(c))
  await db.reviews.bulkAdd(history.reviews)
  await db.snapshots.bulkAdd(history.snapshots)
  return {
    youths: history.youths.length,
    assessments: data.assessments.length,
    audit: history.audit.length,
    reviews: history.reviews.length,
  }
}
