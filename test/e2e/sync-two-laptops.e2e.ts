import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from './browser'
import { addYouth, setAssessment } from './security-helpers'
import { connectTeam, goOffline, teamLaptops, waitUntilSynced } from './sync-helpers'

/**
 * Two laptops (two browser contexts, each with its own storage) on one team board through a
 * real pouchdb-server behind the app's own /db/ proxy: connect, live edits, offline edits merged
 * per field.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
const BRAM = { name: 'bram', password: 'bram-test-wachtwoord' }
const TEAM = 'noord'

// Nothing of the board ever leaves for another host, sync included (checked after each test).
const team = teamLaptops(TEAM, [ANNA, BRAM])

/** The status button of a precondition on the board, by its accessible name. */
function statusButton(page: Page, precondition: string, status: string) {
  return page.getByRole('button', { name: `${precondition}: ${status}` })
}

/**
 * Opens a precondition's dialog from the board row. The board re-renders when the other
 * laptop's changes arrive, so a click that lands during one is tried again.
 */
async function openAssessment(page: Page, clientRef: string, precondition: string, status: string) {
  const dialog = page.getByRole('dialog', { name: new RegExp(`${precondition} — ${clientRef}`) })
  const row = page.getByRole('row').filter({ hasText: clientRef })
  for (let attempt = 0; attempt < 5 && (await dialog.count()) === 0; attempt++) {
    await row
      .getByRole('button', { name: `${precondition}: ${status}` })
      .click({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: '/tmp/sync-open-failed.png' })
        throw error
      })
    await dialog.waitFor({ timeout: 3_000 }).catch(() => undefined)
  }
  await dialog.waitFor()
  return dialog
}

describe('one board on two laptops', () => {
  it('sends a youth and its statuses to the other laptop, live, and merges offline edits per field', async () => {
    const a = await team.laptop()
    await a.goto('/')
    await addYouth(a, 'TEAM-001', 'Utrecht')
    await setAssessment(a, 'TEAM-001', 'Wonen', 'oranje', 'Kamer gezocht')
    await connectTeam(a, TEAM, ANNA)
    await waitUntilSynced(a)
    await expectNoAxeViolations(a, 'nl: Samenwerken, connected')

    // Bram's empty laptop connects and gets the team's board.
    const b = await team.connected(BRAM)
    await b.goto('/')
    await expect.poll(() => statusButton(b, 'Wonen', 'oranje').count(), { timeout: 20_000 }).toBe(1)

    // Live: Anna's change shows on Bram's board without a reload.
    await a.goto('/')
    await setAssessment(a, 'TEAM-001', 'School & dagbesteding', 'groen', 'Diploma gehaald')
    await expect
      .poll(() => statusButton(b, 'School & dagbesteding', 'groen').count(), { timeout: 15_000 })
      .toBe(1)

    // Both offline: Anna changes Wonen, Bram changes Toekomstplan 18+ of the same youth.
    await goOffline(a, b)
    const wonen = await openAssessment(a, 'TEAM-001', 'Wonen', 'oranje')
    await wonen.getByRole('radio', { name: 'Wonen: groen' }).check()
    await wonen.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => wonen.count()).toBe(0)
    await setAssessment(b, 'TEAM-001', 'Toekomstplan 18+', 'rood', 'Geen plan')
    await expect
      .poll(
        () =>
          a
            .locator('header')
            .getByText(/Offline/)
            .count(),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0)

    // Back online: both changes are on both laptops, nobody was asked.
    await a.context().setOffline(false)
    await b.context().setOffline(false)
    for (const page of [a, b]) {
      await expect
        .poll(() => statusButton(page, 'Wonen', 'groen').count(), { timeout: 30_000 })
        .toBe(1)
      await expect
        .poll(() => statusButton(page, 'Toekomstplan 18+', 'rood').count(), { timeout: 30_000 })
        .toBe(1)
    }
    await a.screenshot({ path: '/tmp/sync-two-laptops-a.png' })
  })

  it('shows a toelichting changed on both laptops as a conflict on both, and the choice on both', async () => {
    const teamName = 'zuid'
    await team.addTeam(teamName)
    const a = await team.laptop()
    await a.goto('/')
    await addYouth(a, 'ZUID-001', 'Utrecht')
    await setAssessment(a, 'ZUID-001', 'Wonen', 'oranje', 'Begintekst')
    await connectTeam(a, teamName, ANNA)
    await waitUntilSynced(a)
    const b = await team.connected(BRAM, teamName)
    await b.goto('/')
    await expect.poll(() => statusButton(b, 'Wonen', 'oranje').count(), { timeout: 20_000 }).toBe(1)
    await a.goto('/')
    // The board is on screen (and its code loaded) before the network goes.
    await expect.poll(() => statusButton(a, 'Wonen', 'oranje').count(), { timeout: 20_000 }).toBe(1)

    // The app's code is cached before the network goes: the dialogs load lazily, and under
    // load the service worker may not have finished precaching them yet.
    // Apart: both change the same toelichting, and both create cliëntnummer ZUID-002.
    await goOffline(a, b)
    for (const [page, text] of [
      [a, 'Tekst van Anna'],
      [b, 'Tekst van Bram'],
    ] as const) {
      const dialog = await openAssessment(page, 'ZUID-001', 'Wonen', 'oranje')
      await dialog.getByRole('textbox', { name: 'Toelichting', exact: true }).fill(text)
      await dialog.getByRole('button', { name: 'Opslaan' }).click()
      await expect.poll(() => dialog.count()).toBe(0)
      await addYouth(page, 'ZUID-002', 'Zeist')
    }
    await a.context().setOffline(false)
    await b.context().setOffline(false)

    // Both boards mark the youth; nothing was decided for them.
    for (const page of [a, b]) {
      const row = page.getByRole('row').filter({ hasText: 'ZUID-001' })
      await expect.poll(() => row.getByText('Conflict').count(), { timeout: 30_000 }).toBe(1)
    }
    // The duplicate cliëntnummer is listed under Samenwerken › Conflicten.
    await b.goto('/instellingen')
    const list = b.getByRole('region', { name: 'Samenwerken' })
    await expect
      .poll(() => list.getByText('Cliëntnummer ZUID-002 is twee keer aangemaakt').count(), {
        timeout: 30_000,
      })
      .toBe(1)
    await expectNoAxeViolations(b, 'nl: Samenwerken with conflicts')

    // Bram chooses Anna's text on the youth page; Anna's laptop follows, Bram's text stays in history.
    await b.goto('/')
    await b.getByRole('link', { name: 'ZUID-001' }).click()
    const section = b.getByRole('region', { name: 'Conflicten' })
    const panel = section.getByRole('region', { name: 'Wonen — Toelichting' })
    // Each value says who made it: the team member, as no name was set in these browsers.
    await expect.poll(() => panel.getByRole('radio', { name: /^Waarde van bram/ }).count()).toBe(1)
    await panel.getByRole('radio', { name: /^Waarde van anna/ }).check()
    await b.screenshot({ path: '/tmp/sync-youth-conflict.png', fullPage: true })
    await expectNoAxeViolations(b, 'nl: conflict on the youth page')
    await panel.getByRole('button', { name: 'Keuze opslaan' }).click()
    await expect.poll(() => section.count(), { timeout: 10_000 }).toBe(0)

    const rowA = a.getByRole('row').filter({ hasText: 'ZUID-001' })
    await expect.poll(() => rowA.getByText('Conflict').count(), { timeout: 30_000 }).toBe(0)
    const check = await openAssessment(a, 'ZUID-001', 'Wonen', 'oranje')
    expect(
      await check.getByRole('textbox', { name: 'Toelichting', exact: true }).inputValue(),
    ).toBe('Tekst van Anna')
    await check.getByRole('button', { name: 'Annuleren' }).click()
    // The text not chosen stays in the youth's history.
    await a.getByRole('link', { name: 'ZUID-001' }).click()
    const history = a.getByRole('region', { name: 'Wijzigingsgeschiedenis' })
    await expect
      .poll(() => history.getByText(/Tekst van Bram/).count(), { timeout: 10_000 })
      .toBeGreaterThan(0)
  })
})
