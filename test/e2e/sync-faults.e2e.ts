import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enSamenwerken } from '../../src/i18n/en/samenwerken'
import { enSync } from '../../src/i18n/en/sync'
import { nlSamenwerken } from '../../src/i18n/nl/samenwerken'
import { nlSync } from '../../src/i18n/nl/sync'
import { basicAuth, startSyncServer, type SyncServer } from '../support/sync-server.mjs'
import { expectNoAxeViolations } from './browser'
import { addYouth } from './security-helpers'
import { connectTeam, teamLaptops, waitUntilSynced } from './sync-helpers'

/**
 * Faults of team sync in the browser against a real pouchdb-server (issue 19): a wrong password,
 * a session that is gone, and the server stopped while connected. Each says so in Dutch (and
 * English), changes nothing, and the board keeps working; what waited goes up afterwards.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
/** Bo's password is changed by the administrator in one test. */
const BO = { name: 'bo', password: 'bo-test-wachtwoord' }
const TEAM = 'west'

let serverDir: string
/** The server started again after the stop test (same port, same databases on disk). */
let restarted: SyncServer | undefined

// After hooks run last-registered first: the server started again stops before the team's app
// closes, and its folder goes last.
beforeAll(() => {
  serverDir = mkdtempSync(join(tmpdir(), 'dsb-sync-faults-'))
})
afterAll(() => {
  rmSync(serverDir, { recursive: true, force: true })
})

const team = teamLaptops(TEAM, [ANNA, BO], () => ({ dir: serverDir }))

beforeAll(async () => {
  const { sync } = team.app
  // The session secret in the server's config (as deploy/ sets it for CouchDB), so a session
  // outlives a restart; pouchdb-server would otherwise draw a new one at every start.
  const secret = await fetch(`${sync.url}/_config/couch_httpd_auth/secret`, {
    method: 'PUT',
    headers: { Authorization: basicAuth(sync.admin.name, sync.admin.password) },
    body: JSON.stringify('e2e-sessiegeheim-sync-faults'),
  })
  if (!secret.ok) throw new Error(`session secret: HTTP ${secret.status}`)
})
afterAll(async () => {
  await restarted?.stop()
})

/** The header's sync state (a group named after the section). */
const headerState = (page: Page, name = nlSync.status.name) =>
  page.locator('header').getByRole('group', { name })

/** The team's youth documents on the server, as the administrator reads them. */
async function serverYouths(): Promise<{ clientRef: string; wonen?: string }[]> {
  const server = restarted ?? team.app.sync
  const response = await fetch(`${server.url}/${TEAM}/_all_docs?include_docs=true`, {
    headers: { Authorization: basicAuth(server.admin.name, server.admin.password) },
  })
  const body = (await response.json()) as {
    rows: {
      id: string
      doc: { data: { clientRef: string; assessments?: Record<string, { status: string }> } }
    }[]
  }
  return body.rows
    .filter((row) => row.id.startsWith('youth:'))
    .map((row) => ({
      clientRef: row.doc.data.clientRef,
      wonen: row.doc.data.assessments?.wonen?.status,
    }))
}

const NEW_PASSWORD = 'bo-nieuw-wachtwoord'

/** The administrator sets a member's password (CouchDB's _users, as on a real server). */
async function changePassword(name: string, password: string) {
  const server = restarted ?? team.app.sync
  const url = `${server.url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`
  const headers = {
    Authorization: basicAuth(server.admin.name, server.admin.password),
    'Content-Type': 'application/json',
  }
  const user = (await (await fetch(url, { headers })).json()) as Record<string, unknown>
  const response = await fetch(url, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ ...user, password }),
  })
  if (!response.ok) throw new Error(`password change: HTTP ${response.status}`)
}

/** The board still takes a new youth: its row shows. */
async function boardWorks(page: Page, clientRef: string) {
  await page.goto('/')
  await addYouth(page, clientRef, 'Utrecht')
  await expect.poll(() => page.getByRole('link', { name: clientRef }).count()).toBe(1)
}

describe('team sync faults in the browser', () => {
  it('says a wrong password in Dutch and English, connects nothing, and the board works on', async () => {
    const page = await team.laptop()
    await page.goto('/')
    await addYouth(page, 'FOUT-001', 'Utrecht')

    for (const [s, lang] of [
      [nlSamenwerken, 'nl'],
      [enSamenwerken, 'en'],
    ] as const) {
      if (lang === 'en') {
        await page.getByRole('button', { name: 'English' }).click()
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
        await page.reload()
      } else await page.goto('/instellingen')
      const region = page.getByRole('region', { name: s.title })
      await region.getByRole('textbox', { name: s.team, exact: true }).fill(TEAM)
      await region.getByRole('textbox', { name: s.username, exact: true }).fill(ANNA.name)
      await region.getByLabel(new RegExp(`^${s.password}( \\*)?$`)).fill('verkeerd-wachtwoord')
      await region.getByRole('button', { name: s.connect }).click()
      await expect
        .poll(() => region.getByRole('alert').textContent())
        .toContain(s.connectErrors.login)
      // Nothing connected: the form stays, the header shows no team state.
      expect(await region.getByRole('button', { name: s.connect }).count()).toBe(1)
      expect(await headerState(page, lang === 'en' ? enSync.status.name : undefined).count()).toBe(
        0,
      )
      await expectNoAxeViolations(page, `${lang}: Samenwerken, wrong password`)
    }
    // Nothing reached the server; the board works on.
    expect(await serverYouths()).toEqual([])
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await boardWorks(page, 'FOUT-002')
    expect(await page.getByRole('link', { name: 'FOUT-001' }).count()).toBe(1)
  })

  it('asks for the password again when the session is gone, and keeps what was made meanwhile', async () => {
    const page = await team.connected(BO)
    // The administrator changes Bo's password: his session ends with it.
    await changePassword(BO.name, NEW_PASSWORD)
    await page.reload()
    const header = headerState(page)
    await expect
      .poll(() => header.textContent(), { timeout: 20_000 })
      .toContain(nlSync.status.error(nlSync.reasons.login))
    await expectNoAxeViolations(page, 'nl: header, session gone')

    // Made while logged out: stays here and waits.
    await boardWorks(page, 'SESSIE-001')
    await page.goto('/instellingen')
    const region = page.getByRole('region', { name: nlSamenwerken.title })
    const form = region.getByRole('form', { name: nlSamenwerken.loginAgain })
    await form.getByLabel(/^Wachtwoord( \*)?$/).fill(BO.password)
    await form.getByRole('button', { name: nlSamenwerken.loginAgain }).click()
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain(nlSamenwerken.connectErrors.login)
    await expectNoAxeViolations(page, 'nl: Samenwerken, log in again with a wrong password')
    await page.getByRole('button', { name: 'English' }).click()
    await expect
      .poll(() => headerState(page, enSync.status.name).textContent())
      .toContain(enSync.status.error(enSync.reasons.login))
    await expectNoAxeViolations(page, 'en: Samenwerken and header, session gone')
    await page.getByRole('button', { name: 'Nederlands' }).click()

    await form.getByLabel(/^Wachtwoord( \*)?$/).fill(NEW_PASSWORD)
    await form.getByRole('button', { name: nlSamenwerken.loginAgain }).click()
    await waitUntilSynced(page)
    await expect
      .poll(async () => (await serverYouths()).map((y) => y.clientRef), { timeout: 30_000 })
      .toContain('SESSIE-001')
  }, 180_000)

  it('works on while the server is stopped, says so, and sends what waited when it is back', async () => {
    const page = await team.laptop()
    await page.goto('/')
    await addYouth(page, 'STOP-001', 'Utrecht')
    await connectTeam(page, TEAM, ANNA)
    // When the team has youths from the tests before, this browser's youth is added to them.
    const merge = page
      .getByRole('dialog', { name: nlSamenwerken.first.title })
      .getByRole('button', { name: nlSamenwerken.first.merge })
    const header = headerState(page)
    await expect
      .poll(async () => (await merge.count()) > 0 || /Bijgewerkt/.test(await header.innerText()), {
        timeout: 30_000,
      })
      .toBe(true)
    if ((await merge.count()) > 0) await merge.click()
    await waitUntilSynced(page)
    await page.goto('/')

    await team.app.sync.stop()
    await expect.poll(() => header.textContent(), { timeout: 30_000 }).toMatch(/^⊘?\s*Offline/)

    // The board keeps working: a new youth and a changed status.
    await addYouth(page, 'STOP-002', 'Zeist')
    // The youths of the earlier tests are on this board too: STOP-001's own row.
    const row = page.getByRole('row').filter({ hasText: 'STOP-001' })
    await row.getByRole('button', { name: 'Wonen: onbekend' }).click()
    const editor = page.getByRole('dialog', { name: /Wonen — STOP-001/ })
    await editor.getByRole('radio', { name: 'Wonen: oranje' }).check()
    await editor.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => editor.count()).toBe(0)
    await expect
      .poll(() => header.textContent(), { timeout: 20_000 })
      .toMatch(/Offline — \d+ wijzigingen wachten/)
    // Within the app (a reload would start it anew, offline): the section says the same.
    await page.getByRole('link', { name: 'Instellingen' }).click()
    const region = page.getByRole('region', { name: nlSamenwerken.title })
    await expect.poll(() => region.getByText(/Offline — \d+ wijzigingen wachten/).count()).toBe(1)
    await expectNoAxeViolations(page, 'nl: Samenwerken, server stopped')

    // The server is back (same port, same data): what waited goes up.
    restarted = await startSyncServer({ dir: serverDir, port: team.app.sync.port })
    await waitUntilSynced(page, 60_000)
    await expect
      .poll(async () => await serverYouths(), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          { clientRef: 'STOP-001', wonen: 'oranje' },
          expect.objectContaining({ clientRef: 'STOP-002' }),
        ]),
      )
  }, 240_000)
})
