/**
 * The team sync part of `npm run bench` (BENCH_PARTS=team; issue 19): the built app against a
 * real pouchdb-server (in memory) behind the app's own /db/ proxy, each laptop a fresh
 * Chromium profile (real IndexedDB on disk, Dexie and PouchDB's `indexeddb` adapter, as users
 * have them). The team holds the benchmark's dataset with a year of history as team documents
 * (youths, reviews, settings, audit packs of 250 lines; test/support/team-docs.ts), written
 * through the bench page.
 *
 * - first sync: Verbinden in an empty browser → the header says Bijgewerkt, with every youth
 *   in Dexie; the header's "n van m" is sampled to show the progress was visible throughout;
 * - resync with nothing new: a reload of the connected app, from the sync engine's start to its
 *   first "caught up" (performance marks `dsb:sync-start` → `dsb:sync-caught-up`);
 * - A → B: a status saved on laptop A's board until laptop B's board shows it, both online
 *   (one clock: both browsers run on this machine). At 5,000 youths only (BENCH_TEAM_LIVE=all
 *   also at 50,000): a second first sync of 50,000 would double the part's time.
 */
import { setupTeam } from '../../scripts/sync/setup.mjs'
import { basicAuth, startSyncServer } from '../support/sync-server.mjs'
import { preview } from 'vite'
import { sortOnce, timeUntilInPage } from './board-timings.mjs'

const MEMBERS = [
  { name: 'anna', password: 'bench-anna' },
  { name: 'bram', password: 'bench-bram' },
]
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n) => Math.round(n * 10) / 10

/** The header's sync state text ('' when none). */
const headerText = (page) =>
  page.evaluate(
    () => document.querySelector('header [role="group"].sync-status')?.textContent ?? '',
  )

/** Instellingen › Samenwerken: fills the form and presses Verbinden; returns the press time. */
async function connect(page, base, team, member) {
  await page.goto(`${base}instellingen`)
  const region = page.getByRole('region', { name: 'Samenwerken' })
  await region.getByRole('textbox', { name: 'Team', exact: true }).fill(team)
  await region.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(member.name)
  await region.getByLabel(/^Wachtwoord( \*)?$/).fill(member.password)
  const pressed = Date.now()
  await region.getByRole('button', { name: 'Verbinden' }).click()
  return pressed
}

/** Polls the header until it says Bijgewerkt; what it showed on the way, with times (s). */
async function untilSynced(page, since, timeoutMs = 900_000) {
  const seen = []
  for (;;) {
    const text = await headerText(page).catch(() => '')
    const at = (Date.now() - since) / 1000
    if (text.includes('Bijgewerkt')) return { at, seen }
    if (text.includes('Fout')) throw new Error(`team sync: ${text}`)
    if (seen.at(-1)?.text !== text) seen.push({ at: round(at), text })
    if (at * 1000 > timeoutMs) throw new Error(`team sync: still "${text}" after ${at} s`)
    await page.waitForTimeout(250)
  }
}

/** Youth records in the app's IndexedDB, read raw (what the bridge wrote). */
const dexieYouths = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('doorstroombord')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const count = open.result.transaction('youths').objectStore('youths').count()
          count.onsuccess = () => {
            open.result.close()
            resolve(count.result)
          }
        }
      }),
  )

/** One resync: reload, then the engine's start → first caught up (ms). */
async function resyncOnce(page) {
  await page.reload()
  const handle = await page.waitForFunction(
    () => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime
      const start = at('dsb:sync-start')
      const done = at('dsb:sync-caught-up')
      return start !== undefined && done !== undefined ? done - start : null
    },
    null,
    { polling: 50, timeout: 120_000 },
  )
  return handle.jsonValue()
}

/** Saves the other Wonen colour of the first row on A; returns what to look for on B. */
function saveOnA() {
  const row = document.querySelector('tbody tr.table__row')
  const href = row.querySelector('a').getAttribute('href')
  const cell = row.querySelector('button[aria-label^="Wonen: "]')
  const target = cell.getAttribute('aria-label') === 'Wonen: rood' ? 'groen' : 'rood'
  cell.click()
  return (async () => {
    let dialog
    while (!(dialog = document.querySelector('dialog[open] form')))
      await new Promise((r) => setTimeout(r, 10))
    dialog.querySelector(`input[aria-label="Wonen: ${target}"]`).click()
    await new Promise((r) => setTimeout(r, 0))
    const savedAt = Date.now()
    dialog.querySelector('button[type="submit"]').click()
    return { href, label: `Wonen: ${target}`, savedAt }
  })()
}

/** B's board shows the change: the time it did (Date.now, same clock as A's). */
function shownOnB({ href, label }) {
  const current = document
    .querySelector(`tbody a[href="${href}"]`)
    ?.closest('tr')
    ?.querySelector('button[aria-label^="Wonen: "]')
    ?.getAttribute('aria-label')
  return current === label ? Date.now() : null
}

async function boardSorted(page, base) {
  await page.goto(base)
  await page.waitForFunction(() => performance.getEntriesByName('dsb:board-loaded').length > 0)
  await page.evaluate(timeUntilInPage)
  await page.evaluate(sortOnce, 'Cliëntnummer')
}

export const teamSyncTimings = {
  targets: [
    [
      'teamDocs',
      'Teamsync: documenten op de server (jongeren, besprekingen, auditpakketten)',
      null,
    ],
    ['teamFirstSyncS', 'Teamsync: eerste synchronisatie, leeg → Bijgewerkt (s)', 60],
    ['teamBoardS', '  het bord compleet, de geschiedenis volgt (s)', null],
    ['teamFirstProgressS', '  eerste "n van m" in de kop na Verbinden (s)', null],
    ['teamProgressSteps', '  verschillende voortgangsstanden gezien', null],
    ['teamResyncMs', 'Teamsync: opnieuw, niets nieuw (ms)', 200],
    ['teamLiveMs', 'Teamsync: wijziging laptop A → B, beide online (ms)', 2000],
  ],
  /**
   * `outDir` holds the built app with the bench page; `openBrowser` gives a fresh profile.
   */
  async measure(size, runs, { root, outDir, openBrowser }) {
    console.log(`\n${size.toLocaleString('nl-NL')} jongeren (teamsync)`)
    const sync = await startSyncServer()
    const team = `bench${size}`
    await setupTeam({ url: sync.url, team, admin: sync.admin, members: MEMBERS })
    const before = process.env.DSB_SYNC_TARGET
    process.env.DSB_SYNC_TARGET = sync.url
    let app
    try {
      app = await preview({
        root,
        logLevel: 'warn',
        build: { outDir },
        preview: { port: 0, host: '127.0.0.1', open: false },
      })
    } finally {
      if (before === undefined) delete process.env.DSB_SYNC_TARGET
      else process.env.DSB_SYNC_TARGET = before
    }
    const base = app.resolvedUrls.local[0]
    const browsers = []
    const result = {}
    try {
      const seeder = await openBrowser()
      browsers.push(seeder)
      await seeder.page.goto(`${base}test/bench/bench-page.html`)
      await seeder.page.waitForFunction(() => document.body.dataset.ready === 'true')
      const auth = basicAuth(MEMBERS[0].name, MEMBERS[0].password)
      const seeded = await seeder.page.evaluate(
        (a) => window.__bench.seedTeam(a.team, a.size, a.auth),
        { team, size, auth },
      )
      await seeder.close()
      browsers.splice(0)
      result.teamDocs = seeded.result.docs
      console.log(
        `  server seeded in ${Math.round(seeded.ms / 1000)} s: ${JSON.stringify(seeded.result)}`,
      )

      const a = await openBrowser()
      browsers.push(a)
      await a.page.goto(base)
      const pressed = await connect(a.page, base, team, MEMBERS[0])
      const first = await untilSynced(a.page, pressed)
      const youths = await dexieYouths(a.page)
      if (youths !== size) throw new Error(`team sync: ${youths} of ${size} youths in Dexie`)
      const progress = first.seen.filter((s) => / van /.test(s.text))
      result.teamFirstSyncS = round(first.at)
      result.teamFirstProgressS = progress[0]?.at ?? null
      // The header says "(geschiedenis)" from the moment the board part is in (§13).
      result.teamBoardS = first.seen.find((s) => s.text.includes('geschiedenis'))?.at ?? null
      result.teamProgressSteps = progress.length
      console.log(
        `  first sync ${result.teamFirstSyncS} s; header: ${first.seen
          .filter((_, i, all) => i < 3 || i === all.length - 1 || i % 10 === 0)
          .map((s) => `${s.at} s "${s.text}"`)
          .join(' · ')}`,
      )

      const resyncs = []
      for (let i = 0; i < Math.max(3, runs); i++) resyncs.push(await resyncOnce(a.page))
      result.teamResyncMs = round(median(resyncs))
      console.log(`  resync, nothing new: ${resyncs.map(Math.round).join(', ')} ms`)

      if (size <= 5_000 || process.env.BENCH_TEAM_LIVE === 'all') {
        const b = await openBrowser()
        browsers.push(b)
        await b.page.goto(base)
        await untilSynced(b.page, await connect(b.page, base, team, MEMBERS[1]))
        await boardSorted(a.page, base)
        await boardSorted(b.page, base)
        const lives = []
        for (let i = 0; i < runs; i++) {
          const change = await a.page.evaluate(saveOnA)
          const seen = await b.page.waitForFunction(shownOnB, change, {
            polling: 20,
            timeout: 30_000,
          })
          lives.push((await seen.jsonValue()) - change.savedAt)
          // A's dialog closed and its board shows the change before the next one.
          await a.page.waitForFunction(shownOnB, change, { polling: 20 })
        }
        result.teamLiveMs = round(median(lives))
        console.log(`  A → B: ${lives.map(Math.round).join(', ')} ms`)
      }
    } finally {
      for (const browser of browsers) await browser.close()
      await app?.close()
      await sync.stop()
    }
    return result
  },
}
