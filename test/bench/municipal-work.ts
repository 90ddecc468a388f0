import { db } from '../../src/db/database'
import {
  readExchangeDigests,
  readRondeFiles,
  refreshExchangeDigests,
} from '../../src/db/exchange-digests-repo'
import { checkExchangeFiles, storeExchangeFiles } from '../../src/db/municipal-repo'
import type { StoredFileDigest } from '../../src/domain/municipal/digest'
import { overviewPlan } from '../../src/domain/municipal/overview-plan'
import {
  buildMunicipalOverview,
  toStoredFile,
  filterYouths,
  NO_YOUTH_FILTERS,
  type MunicipalOverview,
  type Selection,
  type StoredExchangeFile,
} from '../../src/domain/municipal'
import type { IsoDate } from '../../src/domain/types'
import { serialiseExchangeFile } from '../../src/export/exchange'
import { nl } from '../../src/i18n/nl'
import { BENCH_RONDES, benchRondeFiles, benchRondeSettings } from './municipal-files'

/**
 * The Gemeente-overzicht's work in the browser, as its screens do it: load the newest ronde's
 * uitwisselbestanden through the repository (check, then store), open the overview (every
 * file's digest and the rows of the ronde shown and the one before it), work it out, switch
 * ronde (its rows read, then worked out), filter the Jongeren. The state lives here
 * between calls, as it lives in the screen, so the heap can be measured with it.
 */
const TODAY: IsoDate = '2026-11-20'
const settings = {
  ...benchRondeSettings,
  dailyTariffs: { gezinshuis: 250, 'open-residentieel': 480 },
}

let newest: { name: string; text: string }[] = []
let digests: StoredFileDigest[] = []
let files: StoredExchangeFile[] = []
let overview: MunicipalOverview | null = null

/**
 * Stores the eleven older rondes through the repository, one ronde at a time (so they never
 * all sit in memory at once), and keeps the newest ronde as file texts, to be loaded as a
 * user loads them.
 */
export async function seedMunicipal(rowsPerRonde: number) {
  await db.transaction('rw', db.exchangeFiles, db.exchangeDigests, db.agreements, async () => {
    await db.exchangeFiles.clear()
    await db.exchangeDigests.clear()
    await db.agreements.clear()
  })
  digests = []
  files = []
  overview = null
  let stored = 0
  let rows = 0
  let index = 0
  for (const { files: ronde } of benchRondeFiles(rowsPerRonde)) {
    rows += ronde.reduce((n, f) => n + f.file.youths.length, 0)
    if (++index === BENCH_RONDES) {
      newest = ronde.map((f) => ({ name: f.fileName, text: serialiseExchangeFile(f.file) }))
    } else {
      stored += ronde.length
      await storeExchangeFiles(
        ronde.map((f) => toStoredFile(f.file, f.fileName, `${TODAY}T09:00:00.000Z`)),
        'Benchmark',
      )
    }
  }
  const newestRows = newest.reduce((n, f) => n + (f.text.match(/"clientRef"/g)?.length ?? 0), 0)
  const megabytes = newest.reduce((n, f) => n + f.text.length, 0) / 1024 / 1024
  return { storedFiles: stored, rows, newestFiles: newest.length, newestRows, megabytes }
}

/** Uitwisselbestanden laden: check every file completely, then store the confirmed ones. */
export async function loadNewest() {
  const outcomes = await checkExchangeFiles(newest, new Date().toISOString())
  const confirmed = outcomes.flatMap((o) =>
    o.kind === 'new' || o.kind === 'replaces' ? [o.stored] : [],
  )
  await storeExchangeFiles(confirmed, 'Benchmark')
  const refused = outcomes.filter((o) => o.kind === 'refused' || o.kind === 'duplicate')
  if (refused.length > 0) throw new Error(`${refused.length} files refused`)
  return { stored: confirmed.length }
}

/**
 * What the screen reads to open a ronde (null: the latest): every file's digest, then the rows
 * the overview needs (the ronde shown and the one before it).
 */
export async function readStored(rondeDate: IsoDate | null = null, reuse = false) {
  const read = await readExchangeDigests()
  if (read.missing > 0) throw new Error(`${String(read.missing)} files without a digest`)
  digests = read.digests
  // Opening reads every row it needs; another ronde keeps the files of the one before it
  // that it needs too, as the screen does.
  const kept = new Map(reuse ? files.map((f) => [f.key, f]) : [])
  files = []
  files = await readRondeFiles(overviewPlan(digests, rondeDate, settings).wholeKeys, digests, kept)
  return { digests: digests.length, files: files.length }
}

/** Another ronde picked: its rows read, then its overview worked out, as the screen does. */
export async function switchRonde(rondeDate: IsoDate | null) {
  await readStored(rondeDate, true)
  return buildOverview(rondeDate, { kind: 'all' })
}

/**
 * The first opening after the upgrade to schema v9: every stored file's digest is made once,
 * twenty files at a time (`refreshExchangeDigests`).
 */
export async function makeDigests() {
  await db.exchangeDigests.clear()
  digests = []
  files = []
  overview = null
  return { made: await refreshExchangeDigests() }
}

/** The Overzicht of a ronde (null: the latest with files) for a selection. */
export function buildOverview(rondeDate: IsoDate | null, selection: Selection) {
  overview = buildMunicipalOverview({
    files,
    digests,
    rondeDate,
    settings,
    selection,
    agreements: [],
    today: TODAY,
  })
  return {
    ronde: overview.ronde?.date ?? null,
    youths: overview.youths.length,
    providers: overview.providers.length,
    missing: overview.missing.length,
    rondes: overview.rondes.length,
  }
}

/** The ronde before the one shown, as the ronde picker offers it. */
export function previousRonde(): IsoDate | null {
  if (!overview?.ronde) return null
  const i = overview.rondes.indexOf(overview.ronde.date)
  return overview.rondes[i - 1] ?? null
}

/** The gemeente with the most youths in the shown ronde, for a one-gemeente overview. */
export function largestMunicipality(): string {
  const counts = new Map<string, number>()
  for (const { row } of overview?.youths ?? []) {
    counts.set(row.municipalityCode, (counts.get(row.municipalityCode) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}

/** Jongeren filtered as the tab does it: rood at one provider, then past the uitstroomdatum. */
export function filterShown(kind: 'provider-rood' | 'overdue') {
  const youths = overview?.youths ?? []
  const providerKey = youths[Math.floor(youths.length / 2)]?.providerKey ?? ''
  const filters =
    kind === 'provider-rood'
      ? { ...NO_YOUTH_FILTERS, providerKey, totalStatus: 'rood' as const }
      : { ...NO_YOUTH_FILTERS, overdue: true }
  return { shown: filterYouths(youths, filters).length, of: youths.length }
}

/** Exporteren naar Excel (all seven sheets) and als CSV, as the screen's buttons do. */
export async function exportShown(kind: 'xlsx' | 'csv') {
  if (!overview) throw new Error('no overview')
  if (kind === 'csv') {
    const { municipalYouthsCsv } = await import('../../src/export/municipal/municipal-csv')
    return { bytes: municipalYouthsCsv(overview, nl).length }
  }
  const { municipalWorkbook } = await import('../../src/export/municipal/municipal-workbook')
  const blob = await municipalWorkbook(overview, overview.agreements, nl)
  return { bytes: blob.size }
}
