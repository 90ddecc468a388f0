/**
 * `npm run bench`: builds the app with a benchmark helper page, fills IndexedDB in headless
 * Chromium (Debian's) with a deterministic dataset of 500, 5,000 and 50,000 youths with 12
 * monthly reviews, and measures inside the page; then the Gemeente-overzicht with
 * uitwisselbestanden of 60 providers over 12 rondes with as many youth rows per ronde.
 * Prints a table and writes results.json (only after a complete run).
 * BENCH_SIZES=500,5000 limits the sizes; BENCH_RUNS sets the repetitions (default 5);
 * BENCH_PARTS=board, sync, team, municipal or backup (comma-separated) runs only those parts
 * (default: all; `sync` alone seeds the board's dataset for it; `team` is team sync against a
 * pouchdb-server, at 5,000 and 50,000 youths).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import {
  filterOnce,
  searchOnce,
  sortOnce,
  statusChangeOnce,
  timeUntilInPage,
} from './board-timings.mjs'
import { backupTimings } from './backup-timings.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs'
import { municipalTimings } from './municipal-timings.mjs'
import { syncStatusTimings } from './sync-status-timings.mjs'
import { teamSyncTimings } from './team-sync-timings.mjs'
import { printTable } from './print-table.mjs'
import { workTimings } from './work-timings.mjs'

const root = resolve(import.meta.dirname, '../..')
const outDir = join(root, 'dist-bench')
const SIZES = (process.env.BENCH_SIZES ?? '500,5000,50000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PARTS = (process.env.BENCH_PARTS ?? 'board,sync,team,municipal,backup').split(',')
/** Only a run of every size and part replaces results.json. */
const COMPLETE =
  process.env.BENCH_SIZES === undefined &&
  PARTS.includes('board') &&
  PARTS.includes('sync') &&
  PARTS.includes('team') &&
  PARTS.includes('municipal') &&
  PARTS.includes('backup') &&
  process.env.BENCH_RUNS === undefined

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n) => Math.round(n * 10) / 10

async function repeat(times, once) {
  const values = []
  for (let i = 0; i < times; i++) values.push(await once(i))
  return round(median(values))
}

async function buildBench() {
  console.log('Building the app with the benchmark page…')
  await build({
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: { main: join(root, 'index.html'), bench: join(root, 'test/bench/bench-page.html') },
      },
    },
  })
}

async function openBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'doorstroombord-bench-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--lang=nl-NL'],
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1440, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(600_000)
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** JavaScript the first visit downloads, gzip-compressed as a server would send it. */
async function firstLoadJs(baseURL) {
  const { page, close } = await openBrowser()
  const scripts = new Set()
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (
      url.pathname.endsWith('.js') &&
      !url.pathname.includes('sw.js') &&
      !url.pathname.includes('workbox')
    )
      scripts.add(url.pathname)
  })
  await page.goto(baseURL)
  await page.waitForFunction(() => performance.getEntriesByName('dsb:board-loaded').length > 0)
  await page.waitForTimeout(500)
  let bytes = 0
  for (const path of scripts) bytes += gzipSync(readFileSync(join(outDir, path))).length
  await close()
  return { kb: round(bytes / 1024), files: scripts.size }
}

async function benchPage(page, baseURL) {
  await page.goto(`${baseURL}test/bench/bench-page.html`)
  await page.waitForFunction(() => document.body.dataset.ready === 'true')
}

async function boardLoad(page, baseURL) {
  await page.goto(baseURL)
  await page.waitForFunction(() => performance.getEntriesByName('dsb:board-loaded').length > 0)
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN
    const start = at('dsb:board-load-start')
    return {
      firstRender: at('dsb:board-first-render') - start,
      fullyLoaded: at('dsb:board-loaded') - start,
    }
  })
}

async function heapAfterLoad(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return round(usedSize / 1024 / 1024)
}

async function measureSize(size, baseURL) {
  console.log(`\n${size.toLocaleString('nl-NL')} jongeren`)
  const { page, close } = await openBrowser()
  const result = { size }
  await benchPage(page, baseURL)
  const board = PARTS.includes('board')
  if (board) Object.assign(result, await workTimings.beforeSeed(page, size, RUNS))
  const seeded = await page.evaluate((n) => window.__bench.seed(n), size)
  result.seedMs = round(seeded.ms)
  result.records = seeded.result
  console.log(`  seeded in ${Math.round(seeded.ms)} ms:`, seeded.result)
  // The seed writes a year of audit lines as single records, as a database that predates
  // compaction holds them; the app moves them into batches once, in idle time, after it opens.
  // Done here before the board is timed, so that work does not run beside the timings.
  const compacted = await page.evaluate(() => window.__bench.compactAudit())
  result.compactMs = round(compacted.ms)
  console.log(`  audit compacted once in ${Math.round(compacted.ms)} ms: ${compacted.result} lines`)
  if (PARTS.includes('sync')) {
    Object.assign(
      result,
      await syncStatusTimings.measure(page, RUNS, {
        openBench: () => benchPage(page, baseURL),
        openBoard: () => boardLoad(page, baseURL),
      }),
    )
  }
  if (!board) {
    await close()
    return result
  }

  const loads = []
  for (let i = 0; i < 3; i++) loads.push(await boardLoad(page, baseURL))
  result.firstRenderMs = round(median(loads.map((l) => l.firstRender)))
  result.fullyLoadedMs = round(median(loads.map((l) => l.fullyLoaded)))
  result.heapMb = await heapAfterLoad(page)
  console.log(
    `  first render ${result.firstRenderMs} ms, all loaded ${result.fullyLoadedMs} ms, heap ${result.heapMb} MB`,
  )

  await page.evaluate(timeUntilInPage)
  result.sortMs = await repeat(RUNS, () => page.evaluate(sortOnce, 'Leeftijd'))
  // Status changes are timed with a stable order (by cliëntnummer), so the row stays in view.
  await page.evaluate(sortOnce, 'Cliëntnummer')
  result.filterMs = await repeat(RUNS, () => page.evaluate(filterOnce, 'Gemeente'))
  await page.getByRole('button', { name: 'Filters wissen' }).click()
  result.searchMs = await repeat(RUNS, (i) =>
    page.evaluate(searchOnce, i % 2 ? 'DSB-0100' : 'Groep'),
  )
  await page.getByRole('button', { name: 'Filters wissen' }).click()
  result.statusChangeMs = await repeat(RUNS, () => page.evaluate(statusChangeOnce))
  console.log(
    `  sort ${result.sortMs} ms, filter ${result.filterMs} ms, search ${result.searchMs} ms, status change ${result.statusChangeMs} ms`,
  )

  await benchPage(page, baseURL)
  Object.assign(result, await workTimings.afterSeed(page, RUNS))
  await close()
  return result
}

/** The Gemeente-overzicht in a browser of its own, so its heap is its own. */
async function measureMunicipal(size, baseURL) {
  console.log(`\n${size.toLocaleString('nl-NL')} jongerenrijen per ronde (Gemeente-overzicht)`)
  const { page, close } = await openBrowser()
  try {
    await benchPage(page, baseURL)
    return await municipalTimings.measure(page, size, RUNS)
  } finally {
    await close()
  }
}

/** Back-up maken and terugzetten of the seeded history dataset, in a browser of its own. */
async function measureBackup(size, baseURL) {
  console.log(`\n${size.toLocaleString('nl-NL')} jongeren (back-up)`)
  const { page, close } = await openBrowser()
  try {
    await benchPage(page, baseURL)
    return await backupTimings.measure(page, size)
  } finally {
    await close()
  }
}

const TARGETS = [
  ['firstRenderMs', 'Eerste weergave bord (ms)', 1500],
  ['fullyLoadedMs', 'Bord volledig geladen (ms)', 1500],
  ['readFloorMs', '  ruwe IndexedDB-leesvloer, zelfde records (ms)', null],
  ['sortMs', 'Sorteren (ms)', 100],
  ['filterMs', 'Filteren (ms)', 100],
  ['searchMs', 'Zoeken (ms)', 100],
  ['statusChangeMs', 'Statuswijziging → opgeslagen → getoond (ms)', 50],
  ...syncStatusTimings.targets,
  ...teamSyncTimings.targets,
  ...workTimings.targets,
  ['heapMb', 'JS-heap na laden bord (MB)', 80],
  ['compactMs', 'Audit eenmalig compacteren, in rusttijd (ms)', null],
  ...municipalTimings.targets,
  ...backupTimings.targets,
]

await buildBench()
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', open: false },
})
const baseURL = server.resolvedUrls.local[0]
try {
  const js = await firstLoadJs(baseURL)
  const results = []
  for (const size of SIZES) {
    const onBoard = PARTS.includes('board') || PARTS.includes('sync')
    const result = onBoard ? await measureSize(size, baseURL) : { size }
    if (PARTS.includes('team') && size >= 5_000)
      Object.assign(
        result,
        await teamSyncTimings.measure(size, RUNS, { root, outDir, openBrowser }),
      )
    if (PARTS.includes('municipal')) Object.assign(result, await measureMunicipal(size, baseURL))
    if (PARTS.includes('backup')) Object.assign(result, await measureBackup(size, baseURL))
    results.push(result)
  }
  printTable(TARGETS, results, js)
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: await chromium
      .launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      })
      .then(async (b) => {
        const v = b.version()
        await b.close()
        return v
      }),
  }
  const file = COMPLETE
    ? join(root, 'test/bench/results.json')
    : join(tmpdir(), 'doorstroombord-bench-results.json')
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, parts: PARTS, machine, firstLoadJs: js, results }, null, 2)}\n`,
  )
  console.log(`\nWritten to ${file}${COMPLETE ? '' : ' (a partial run leaves results.json alone)'}`)
} finally {
  await server.close()
  rmSync(outDir, { recursive: true, force: true })
}
