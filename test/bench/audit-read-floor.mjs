/**
 * The measurement behind audit compaction (src/db/README.md, "Audit compaction"): plain
 * IndexedDB in Debian's Chromium, no app code. 40,000 audit lines shaped like the app's
 * assessment lines (made up, no personal data), stored as single records and as batch records
 * of 250, 500 and 1,000 lines, each read back whole through the `at` index three times.
 * `npm run bench:audit`; AUDIT_LINES changes the number of lines. Prints the times in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs'
const PAGE = `<!doctype html><meta charset="utf-8"><script>
const req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error) })
const done = (tx) => new Promise((ok, fail) => { tx.oncomplete = () => ok(); tx.onerror = tx.onabort = () => fail(tx.error) })
async function fresh(name) {
  await req(indexedDB.deleteDatabase(name))
  const open = indexedDB.open(name, 1)
  open.onupgradeneeded = () => { const a = open.result.createObjectStore('audit', { keyPath: 'id', autoIncrement: true }); a.createIndex('at', 'at') }
  return req(open)
}
const asm = (i, v) => ({ youthId: crypto.randomUUID(), preconditionId: 'wonen', status: ['rood','oranje','groen'][(i+v)%3], reasonCodes: ['WON-2'],
  note: 'Een toelichting van enige lengte over de situatie ' + i, action: 'Aanmelden bij woningcorporatie', owner: 'aanbieder', dueDate: '2027-02-01',
  changedBy: 'Bench', changedAt: new Date(Date.now() - i * 1000).toISOString(), version: v })
const line = (i) => { const b = asm(i, 1); return { at: new Date(Date.now() - i * 1000).toISOString(), actor: 'Bench', kind: 'assessment', youthId: b.youthId, preconditionId: 'wonen', before: b, after: { ...b, status: 'groen', version: 2 } } }
window.measure = async (n, batch) => {
  const db = await fresh('x' + batch)
  const lines = Array.from({ length: n }, (_, i) => line(i))
  const tx = db.transaction('audit', 'readwrite')
  if (!batch) for (const l of lines) tx.objectStore('audit').put(l)
  else for (let i = 0; i < n; i += batch) tx.objectStore('audit').put({ at: lines[i].at, kind: 'batch', lines: lines.slice(i, i + batch) })
  await done(tx)
  const out = []
  for (let r = 0; r < 3; r++) {
    const s = performance.now()
    await req(db.transaction('audit').objectStore('audit').index('at').getAll())
    out.push(Math.round(performance.now() - s))
  }
  db.close()
  return out
}
</script>`
const server = createServer((_, res) => {
  res.setHeader('content-type', 'text/html')
  res.end(PAGE)
}).listen(0)
const dir = mkdtempSync(join(tmpdir(), 'ar-'))
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
const page = await ctx.newPage()
await page.goto(`http://localhost:${server.address().port}/`)
const LINES = Number(process.env.AUDIT_LINES ?? 40_000)
for (const b of [0, 250, 500, 1000])
  console.log(
    b === 0 ? `${LINES} single records:` : `batches of ${b} lines:`,
    (await page.evaluate(([n, size]) => window.measure(n, size), [LINES, b])).join(', '),
  )
await ctx.close()
server.close()
rmSync(dir, { recursive: true, force: true })
