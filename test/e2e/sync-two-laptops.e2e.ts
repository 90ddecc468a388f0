import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAxeViolations, openSession, type Session } from './browser'
import { addYouth, setAssessment } from './security-helpers'
import { connectTeam, startTeamApp, waitUntilSynced, type TeamApp } from './sync-helpers'

/**
 * Two laptops (two separate browser profiles) on one team board through a real pouchdb-server
 * behind the app's own /db/ proxy: connect, live edits, offline edits merged per field.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
const BRAM = { name: 'bram', password: 'bram-test-wachtwoord' }
const TEAM = 'noord'

let team: TeamApp
const sessions: Session[] = []

beforeAll(async () => {
  team = await startTeamApp(TEAM, [ANNA, BRAM])
})

afterAll(async () => {
  await team.close()
})

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    // Nothing of the board ever leaves for another host, sync included.
    expect(session.foreignRequests).toEqual([])
    await session.close()
  }
})

async function laptop(): Promise<Page> {
  const session = await openSession({ baseURL: team.base })
  sessions.push(session)
  return session.page
}

/** The status button of a precondition on the board, by its accessible name. */
function statusButton(page: Page, precondition: string, status: string) {
  return page.getByRole('button', { name: `${precondition}: ${status}` })
}

describe('one board on two laptops', () => {
  it('sends a youth and its statuses to the other laptop, live, and merges offline edits per field', async () => {
    const a = await laptop()
    await a.goto('/')
    await addYouth(a, 'TEAM-001', 'Utrecht')
    await setAssessment(a, 'TEAM-001', 'Wonen', 'oranje', 'Kamer gezocht')
    await connectTeam(a, TEAM, ANNA)
    await waitUntilSynced(a)
    await expectNoAxeViolations(a, 'nl: Samenwerken, connected')

    // Bram's empty laptop connects and gets the team's board.
    const b = await laptop()
    await b.goto('/')
    await connectTeam(b, TEAM, BRAM)
    await waitUntilSynced(b)
    await b.goto('/')
    await expect.poll(() => statusButton(b, 'Wonen', 'oranje').count(), { timeout: 20_000 }).toBe(1)

    // Live: Anna's change shows on Bram's board without a reload.
    await a.goto('/')
    await setAssessment(a, 'TEAM-001', 'School & dagbesteding', 'groen', 'Diploma gehaald')
    await expect
      .poll(() => statusButton(b, 'School & dagbesteding', 'groen').count(), { timeout: 15_000 })
      .toBe(1)

    // Both offline: Anna changes Wonen, Bram changes Toekomstplan 18+ of the same youth.
    await a.context().setOffline(true)
    await b.context().setOffline(true)
    await statusButton(a, 'Wonen', 'oranje').first().click()
    const wonen = a.getByRole('dialog', { name: /Wonen — TEAM-001/ })
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
})
