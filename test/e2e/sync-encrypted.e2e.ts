import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from './browser'
import { addYouth, setAssessment } from './security-helpers'
import { basicAuth } from '../support/sync-server.mjs'
import { connectTeam, teamLaptops, waitUntilSynced } from './sync-helpers'

/**
 * Team encryption end to end (docs/sync-design.md §7): two browser contexts on one team through
 * a real pouchdb-server behind the app's /db/ proxy. Anna turns encryption on for the team and
 * types a name and a toelichting; Bram joins with the one-time passphrase Anna hands over; the
 * server's own documents, read as its administrator, hold none of what was typed.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
const BRAM = { name: 'bram', password: 'bram-test-wachtwoord' }
const TEAM = 'versleuteld'
const NAME = 'Roosmarijn Veldhuis'
const NOTE = 'Slaapt slecht sinds de verhuizing'
const LATER = 'Stage gevonden bij de bakker'

const team = teamLaptops(TEAM, [ANNA, BRAM])

/** The team's documents as the server's administrator reads them. */
async function serverText(): Promise<string> {
  const response = await fetch(`${team.app.sync.url}/${TEAM}/_all_docs?include_docs=true`, {
    headers: { Authorization: basicAuth(team.app.sync.admin.name, team.app.sync.admin.password) },
  })
  return response.text()
}

const count = (text: string, words: string[]) =>
  words.reduce((n, word) => n + text.split(word).length - 1, 0)

/** The app's own navigation: no reload, so a browser that encrypts stays unlocked. */
async function go(page: Page, link: 'Bord' | 'Instellingen') {
  await page.getByRole('link', { name: link, exact: true }).click()
}

function keysRegion(page: Page) {
  return page.getByRole('region', { name: /Versleuteling van het team|Team encryption/ })
}

describe('a team that encrypts', () => {
  it('sends only sealed records: the new member opens the team key and sees the board', async () => {
    const a = await team.connected(ANNA)

    // Anna turns encryption on for the team (this browser did not encrypt yet).
    const keys = keysRegion(a)
    await keys.getByText('Versleuteling voor het team aanzetten').first().click()
    await keys.getByLabel('Wachtwoordzin', { exact: true }).fill('zeven zonnige zeilboten')
    await keys.getByLabel('Wachtwoordzin herhalen').fill('zeven zonnige zeilboten')
    await keys.getByRole('button', { name: 'Versleuteling voor het team aanzetten' }).click()
    await expect
      .poll(() => keys.getByText(/Het team versleutelt zijn gegevens/).count(), { timeout: 60_000 })
      .toBe(1)

    // This browser encrypts now: a reload would lock it, so the app's own links from here on.
    await go(a, 'Bord')
    await addYouth(a, 'GEHEIM-01', 'Utrecht', NAME)
    await setAssessment(a, 'GEHEIM-01', 'Wonen', 'oranje', NOTE)

    // A key slot for Bram under a one-time passphrase, shown once.
    await go(a, 'Instellingen')
    await keys.getByLabel('Gebruikersnaam van het teamlid').fill(BRAM.name)
    await keys.getByRole('button', { name: 'Sleutel toevoegen voor een teamlid' }).click()
    const once = keys.getByRole('region', { name: /Eenmalige wachtwoordzin voor bram/ })
    const oneTime = (await once.locator('code').textContent()) ?? ''
    expect(oneTime).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/)
    await expectNoAxeViolations(a, 'nl: team key shown once')
    await waitUntilSynced(a)

    // Bram connects: nothing is made readable before the team key is opened.
    const b = await team.laptop()
    await b.goto('/')
    await connectTeam(b, TEAM, BRAM)
    await expect
      .poll(
        () =>
          b
            .locator('header')
            .getByText(/Wacht — open de teamsleutel/)
            .count(),
        {
          timeout: 30_000,
        },
      )
      .toBe(1)
    // The team's records are in this browser's replica, sealed; the board shows none of them.
    await go(b, 'Bord')
    await expect.poll(() => b.getByText('GEHEIM-01').count()).toBe(0)
    await go(b, 'Instellingen')
    const join = keysRegion(b).getByRole('region', { name: 'Teamsleutel openen' })
    await join.waitFor()
    await expectNoAxeViolations(b, 'nl: Teamsleutel openen')
    await join.getByLabel('Eenmalige wachtwoordzin').fill(oneTime)
    await join.getByLabel('Eigen wachtwoordzin').fill('bram kiest zijn eigen zin')
    await join.getByLabel('Wachtwoordzin herhalen').fill('bram kiest zijn eigen zin')
    await join.getByRole('button', { name: 'Teamsleutel openen' }).click()
    await waitUntilSynced(b, 60_000)

    await go(b, 'Bord')
    await expect.poll(() => b.getByText(NAME).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await b.getByRole('link', { name: 'GEHEIM-01' }).click()
    await expect.poll(() => b.getByText(NOTE).count(), { timeout: 10_000 }).toBeGreaterThan(0)

    // Live both ways, sealed: Bram's toelichting reaches Anna.
    await go(b, 'Bord')
    await setAssessment(b, 'GEHEIM-01', 'School & dagbesteding', 'groen', LATER)
    await go(a, 'Bord')
    await expect
      .poll(() => a.getByRole('button', { name: 'School & dagbesteding: groen' }).count(), {
        timeout: 30_000,
      })
      .toBe(1)
    await waitUntilSynced(a)
    await waitUntilSynced(b)

    const raw = await serverText()
    expect(raw).toContain('"sealed"')
    expect(count(raw, [NAME, NOTE, LATER, 'GEHEIM-01'])).toBe(0)

    // The key screens pass axe in English too.
    await go(b, 'Instellingen')
    await b.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => b.evaluate(() => document.documentElement.lang)).toBe('en')
    await b.reload()
    // Reloaded, Bram's browser is locked: his own passphrase opens it (and the team's data).
    await b.getByLabel('Passphrase', { exact: true }).fill('bram kiest zijn eigen zin')
    await b.getByRole('button', { name: 'Unlock' }).click()
    await keysRegion(b).waitFor()
    await expectNoAxeViolations(b, 'en: team encryption, member')
  })
})
