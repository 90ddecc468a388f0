/**
 * The measurement behind schema v5's record layout (src/db/README.md, "Record layout"):
 * plain IndexedDB in Debian's Chromium, no app code, the same youths and assessments written
 * and read in four layouts. `npm run bench:layout`; LAYOUT_YOUTHS (default 50000) and
 * LAYOUT_RUNS (default 2) change the size and the repetitions. Prints medians in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs'

const YOUTHS = Number(process.env.LAYOUT_YOUTHS ?? 50_000)
const RUNS = Number(process.env.LAYOUT_RUNS ?? 2)

// Runs in the page. Records shaped like the app's (sizes and fields), made up, no personal data.
const PAGE = `<!doctype html><meta charset="utf-8"><script>
const req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error) })
const done = (tx) => new Promise((ok, fail) => { tx.oncomplete = () => ok(); tx.onerror = tx.onabort = () => fail(tx.error) })
async function fresh(name, setup) {
  await req(indexedDB.deleteDatabase(name))
  const open = indexedDB.open(name, 1)
  open.onupgradeneeded = () => setup(open.result)
  return req(open)
}
const PRE = ['wonen', 'school', 'toekomstplan', 'inkomen', 'netwerk']
function dataset(n) {
  const youths = [], assessments = []
  for (let i = 0; i < n; i++) {
    const y = { id: crypto.randomUUID(), clientRef: 'K-' + String(i).padStart(6, '0'), displayName: 'A.B.',
      birthDate: '2009-03-04', municipalityCode: 'GM0' + (100 + (i % 300)), jeugdregio: '', location: 'Locatie ' + (i % 40),
      livingArrangement: 'gezinshuis', placementDate: '2024-01-01', expectedOutflowDate: '2027-01-01', perspective: 'zelfstandig',
      measure: 'geen', guardianOrg: '', caseOwner: 'Mentor ' + (i % 90), outflow: null, lastReviewDate: '2026-11-01',
      redStreaks: { wonen: 2 }, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), version: 3 }
    youths.push(y)
    for (let j = 0; j < 2 + (i % 2); j++) assessments.push({ youthId: y.id, preconditionId: PRE[(i + j) % 5],
      status: ['rood', 'oranje', 'groen'][(i + j) % 3], reasonCodes: ['WON-2'], note: 'Een toelichting van enige lengte over de situatie.',
      action: 'Aanmelden bij woningcorporatie', owner: 'aanbieder', dueDate: '2027-02-01', changedBy: 'Bench',
      changedAt: new Date().toISOString(), version: 2 })
  }
  return { youths, assessments }
}
function schema(embedded, batchIndex) {
  return (db) => {
    db.createObjectStore('youths', { keyPath: 'id' }).createIndex('clientRef', 'clientRef', { unique: true })
    if (!embedded) db.createObjectStore('assessments', { keyPath: ['youthId', 'preconditionId'] })
    const audit = db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true })
    audit.createIndex('at', 'at')
    audit.createIndex('youthId', 'youthId')
    if (batchIndex) audit.createIndex('youthIds', 'youthIds', { multiEntry: true })
  }
}
const line = (y) => ({ at: y.updatedAt, actor: 'Bench', kind: 'youth', youthId: y.id, preconditionId: null, before: null, after: y })
async function layout(name, { embedded, batch }, youths, assessments) {
  const db = await fresh(name, schema(embedded, batch > 0))
  const stores = embedded ? ['youths', 'audit'] : ['youths', 'assessments', 'audit']
  let start = performance.now()
  const tx = db.transaction(stores, 'readwrite')
  for (const y of youths) tx.objectStore('youths').put(y)
  if (!embedded) for (const a of assessments) tx.objectStore('assessments').put(a)
  if (batch === 0) for (const y of youths) tx.objectStore('audit').put(line(y))
  else for (let i = 0; i < youths.length; i += batch) {
    const part = youths.slice(i, i + batch)
    tx.objectStore('audit').put({ at: part[0].updatedAt, actor: 'Bench', kind: 'batch', youthId: null, preconditionId: null,
      before: null, after: null, youthIds: part.map((y) => y.id), lines: part.map(line) })
  }
  await done(tx)
  const write = performance.now() - start
  start = performance.now()
  const read = db.transaction(embedded ? ['youths'] : ['youths', 'assessments'], 'readonly')
  await Promise.all((embedded ? ['youths'] : ['youths', 'assessments']).map((s) => req(read.objectStore(s).getAll())))
  const readMs = performance.now() - start
  db.close()
  await req(indexedDB.deleteDatabase(name))
  return { write, read: readMs }
}
window.measure = async (n) => {
  const { youths, assessments } = dataset(n)
  const byYouth = new Map()
  for (const a of assessments) byYouth.set(a.youthId, { ...byYouth.get(a.youthId), [a.preconditionId]: a })
  const embedded = youths.map((y) => ({ ...y, assessments: byYouth.get(y.id) }))
  return {
    records: { youths: youths.length, assessments: assessments.length },
    'v4 tables, audit line per youth': await layout('a', { embedded: false, batch: 0 }, youths, assessments),
    'embedded, audit line per youth': await layout('b', { embedded: true, batch: 0 }, embedded),
    'v4 tables, audit batches of 1000': await layout('c', { embedded: false, batch: 1000 }, youths, assessments),
    'embedded, audit batches of 1000': await layout('d', { embedded: true, batch: 1000 }, embedded),
  }
}
</script>`

const server = createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
)
await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
const userDataDir = mkdtempSync(join(tmpdir(), 'dsb-layout-'))
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(0)
  await page.goto(`http://127.0.0.1:${server.address().port}/`)
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate((n) => window.measure(n), YOUTHS))
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
  console.log(`${YOUTHS} youths, ${runs[0].records.assessments} assessments, median of ${RUNS}`)
  for (const name of Object.keys(runs[0]).filter((k) => k !== 'records')) {
    const write = Math.round(median(runs.map((r) => r[name].write)))
    const read = Math.round(median(runs.map((r) => r[name].read)))
    console.log(
      `${name.padEnd(34)} write ${String(write).padStart(6)} ms   read all ${String(read).padStart(5)} ms`,
    )
  }
} finally {
  await context.close()
  server.close()
  rmSync(userDataDir, { recursive: true, force: true })
}
