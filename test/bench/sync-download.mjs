/**
 * `npm run bench:sync`: first download of a team database into an empty browser, and a resync
 * with nothing new. pouchdb-server (in memory) on 127.0.0.1 holds 5,000 and 50,000 youth-sized
 * documents (sync-docs.mjs); PouchDB 9 in headless Chromium (Debian's, a persistent profile so
 * IndexedDB is on disk as for a user) replicates them with several batch sizes. The page is
 * served from the server's own origin, as the app will reach `/db/` on its own origin.
 * SYNC_BENCH_SIZES=5000 and SYNC_BENCH_BATCHES=100,500 narrow the run; SYNC_BENCH_ADAPTERS=
 * idb,indexeddb compares PouchDB's two IndexedDB adapters; SYNC_BENCH_EDITS=8 then edits every
 * youth 8 times (a year of edits) and measures the replica before and after `compact()`.
 * Prints a table.
 * docs/sync-design.md records the figures and what they decided.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs'
import { basicAuth, startSyncServer } from '../support/sync-server.mjs'
import { setupTeam } from '../../scripts/sync/setup.mjs'
import { youthDoc } from './sync-docs.mjs'

const root = resolve(import.meta.dirname, '../..')
/** The built page lives outside the project: nothing for lint or git to see. */
const outDir = mkdtempSync(join(tmpdir(), 'dsb-sync-bench-page-'))
const SIZES = (process.env.SYNC_BENCH_SIZES ?? '5000,50000').split(',').map(Number)
const BATCHES = (process.env.SYNC_BENCH_BATCHES ?? '100,500,1000').split(',').map(Number)
const ADAPTERS = (process.env.SYNC_BENCH_ADAPTERS ?? 'idb').split(',')
const member = { name: 'anna', password: 'bench-anna' }
/** SYNC_BENCH_EDITS=n: after each download, n edits of every youth, then compact() (sizes). */
const EDITS = Number(process.env.SYNC_BENCH_EDITS ?? 0)
const round = (ms) => Math.round(ms)

async function buildPage() {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: {
          idb: join(root, 'test/bench/sync-page.ts'),
          ...(ADAPTERS.includes('indexeddb')
            ? { indexeddb: join(root, 'test/bench/sync-page-indexeddb.ts') }
            : {}),
        },
        formats: ['es'],
        fileName: (_format, entry) => `${entry}.js`,
      },
    },
  })
}

/** Fills one team database in bulk requests of 1,000 documents. */
async function seed(url, team, count) {
  for (let start = 0; start < count; start += 1000) {
    const docs = []
    for (let i = start; i < Math.min(count, start + 1000); i++) docs.push(youthDoc(i))
    const response = await fetch(`${url}/${team}/_bulk_docs`, {
      method: 'POST',
      headers: {
        Authorization: basicAuth(member.name, member.password),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ docs }),
    })
    if (!response.ok) throw new Error(`seed: ${response.status} ${await response.text()}`)
  }
}

/** SYNC_BENCH_ON_DISK=1: the server keeps its databases in LevelDB on disk instead of memory. */
const serverDir = process.env.SYNC_BENCH_ON_DISK
  ? mkdtempSync(join(tmpdir(), 'dsb-sync-bench-server-'))
  : undefined
const server = await startSyncServer({ dir: serverDir })
const userDataDir = mkdtempSync(join(tmpdir(), 'dsb-sync-bench-'))
let context
try {
  await buildPage()
  console.log(`Seeding pouchdb-server (${SIZES.join(', ')} documents)…`)
  for (const size of SIZES) {
    const team = `bench-${size}`
    await setupTeam({ url: server.url, team, admin: server.admin, members: [member] })
    const started = Date.now()
    await seed(server.url, team, size)
    console.log(`  ${team}: ${size} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }

  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(600_000)
  // The page and its scripts from the server's own origin (no CORS, as /db/ will be).
  await page.route(`${server.url}/__bench/**`, (route) => {
    const file = new URL(route.request().url()).pathname.replace('/__bench/', '')
    return file.endsWith('.js')
      ? route.fulfill({ body: readFileSync(join(outDir, file)), contentType: 'text/javascript' })
      : route.fulfill({
          body: `<!doctype html><title>sync bench</title><script type="module" src="/__bench/${file}.js"></script>`,
          contentType: 'text/html',
        })
  })
  const auth = basicAuth(member.name, member.password)
  const rows = []
  const compactions = []
  for (const adapter of ADAPTERS) {
    await page.goto(`${server.url}/__bench/${adapter}?adapter=${adapter}`)
    await page.waitForFunction(() => 'syncBench' in window)
    for (const size of SIZES) {
      for (const batch of BATCHES) {
        const name = `local-${size}-${batch}`
        const remote = `${server.url}/bench-${size}`
        const args = { remote, name, batch, auth }
        const first = await page.evaluate(
          (a) => window.syncBench.replicate(a.remote, a.name, a.batch, a.auth),
          args,
        )
        // The design document (the server rules) replicates too: members may read it.
        if (first.docs !== size + 1) throw new Error(`${name}: ${first.docs} of ${size + 1}`)
        const again = await page.evaluate(
          (a) => window.syncBench.replicate(a.remote, a.name, a.batch, a.auth),
          args,
        )
        rows.push({
          adapter,
          documents: size,
          batch,
          'first download (s)': (first.ms / 1000).toFixed(1),
          requests: first.requests,
          'waiting for the server (s)': (first.waitMs / 1000).toFixed(1),
          'resync, nothing new (ms)': round(again.ms),
          'resync requests': again.requests,
          // The resync's requests run one after another: the rest is the browser's own work.
          'resync in the browser (ms)': round(again.ms - again.waitMs),
        })
        console.log(rows.at(-1))
        console.log('  slowest resync requests:', JSON.stringify(again.slowest))
        if (EDITS > 0) {
          const c = await page.evaluate((a) => window.syncBench.compaction(a.name, a.edits), {
            name,
            edits: EDITS,
          })
          const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1)
          compactions.push({
            adapter,
            documents: size,
            'edits per youth': EDITS,
            'records before (MB)': mb(c.before.bytes),
            'records after (MB)': mb(c.after.bytes),
            'storage estimate before (MB)': mb(c.before.usage),
            'storage estimate after (MB)': mb(c.after.usage),
            'compact() (s)': (c.compactMs / 1000).toFixed(1),
            'read all before (ms)': round(c.before.readMs),
            'read all after (ms)': round(c.after.readMs),
            'edits written (s)': (c.editMs / 1000).toFixed(1),
          })
          console.log(compactions.at(-1))
        }
        await page.evaluate((n) => window.syncBench.destroy(n), name)
      }
    }
  }
  console.table(rows)
  if (compactions.length > 0) console.table(compactions)
} finally {
  await context?.close()
  rmSync(userDataDir, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
  await server.stop()
  if (serverDir) rmSync(serverDir, { recursive: true, force: true })
}
