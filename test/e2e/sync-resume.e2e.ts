import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { nlSync } from '../../src/i18n/nl/sync'
import { basicAuth } from '../support/sync-server.mjs'
import { putTeamDocs, teamDocs } from '../support/team-docs'
import { expectNoAxeViolations, openSession, type Session } from './browser'
import { connectTeam, startTeamApp, waitUntilSynced, type TeamApp } from './sync-helpers'

/**
 * A reload in the middle of the first download of a big team (issue 19): 5,000 youths with a
 * year of history on a real pouchdb-server, a fresh browser connects, the page reloads while
 * the header counts n van m, and the download goes on from where it was, not from zero.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
const TEAM = 'groot'
const YOUTHS = 5_000

let team: TeamApp
let placed = 0
let session: Session | undefined

beforeAll(async () => {
  // Built first: generating takes seconds, and Node's fetch would reuse a keep-alive socket the
  // server closed in the meantime (EPIPE on the first POST).
  const seeded = teamDocs(YOUTHS)
  team = await startTeamApp(TEAM, [ANNA])
  placed = seeded.docs.filter(
    (d) => d.type === 'youth' && (d.data as { outflow: unknown }).outflow === null,
  ).length
  await putTeamDocs(`${team.sync.url}/${TEAM}`, seeded.docs, basicAuth(ANNA.name, ANNA.password))
}, 180_000)

afterAll(async () => {
  await team?.close()
})

afterEach(async () => {
  if (!session) return
  expect(session.foreignRequests).toEqual([])
  await session.close()
  session = undefined
})

/** The header's "Bezig — n van m records" as numbers, or null when it says something else. */
async function progressOf(page: Page): Promise<{ done: number; total: number } | null> {
  const text =
    (await page.locator('header').getByRole('group', { name: nlSync.status.name }).textContent({
      timeout: 1_000,
    })) ?? ''
  const match = /Bezig — ([\d.]+) van ([\d.]+) records/.exec(text)
  if (!match?.[1] || !match[2]) return null
  const number = (s: string) => Number(s.replaceAll('.', ''))
  return { done: number(match[1]), total: number(match[2]) }
}

describe('the first download of a big team', () => {
  it('resumes after a reload where it was, shows n van m with a progress bar, and ends with every youth', async () => {
    session = await openSession({ baseURL: team.base })
    const { page } = session
    // The server's _changes requests: after the reload the replication must not start at 0.
    const since: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === `/db/${TEAM}/_changes`) since.push(url.searchParams.get('since') ?? '0')
    })
    // A slower line (8 Mbit/s down), so the download lasts long enough to reload inside it.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 1_000_000,
      uploadThroughput: -1,
    })
    await page.goto('/')
    await connectTeam(page, TEAM, ANNA)

    const header = page.locator('header').getByRole('group', { name: nlSync.status.name })
    let before = { done: 0, total: 0 }
    await expect
      .poll(
        async () => {
          before = (await progressOf(page)) ?? before
          return before.done
        },
        { timeout: 120_000, interval: 100 },
      )
      .toBeGreaterThanOrEqual(2_000)
    expect(before.total).toBeGreaterThan(YOUTHS)
    expect(before.done).toBeLessThan(before.total)
    expect(await header.getByRole('progressbar').count()).toBe(1)
    await expectNoAxeViolations(page, 'nl: header during the first download')

    const requestsBefore = since.length
    await page.reload()
    // Right after the reload the count starts where the last stored chunk ended, not at 0.
    let after = { done: -1, total: 0 }
    await expect
      .poll(
        async () => {
          after = (await progressOf(page)) ?? after
          return after.done
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBeGreaterThanOrEqual(0)
    expect(after.done).toBeGreaterThanOrEqual(before.done)
    expect(after.done).toBeLessThan(after.total)
    // And PouchDB asks the server for what came after its checkpoint, not for everything again.
    await expect.poll(() => since.length, { timeout: 30_000 }).toBeGreaterThan(requestsBefore)
    expect(since[requestsBefore]).not.toBe('0')

    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await waitUntilSynced(page, 240_000)
    await page.goto('/')
    const count = `${new Intl.NumberFormat('nl-NL').format(placed)} jongeren`
    await expect
      .poll(() => page.getByText(count, { exact: true }).count(), { timeout: 60_000 })
      .toBe(1)
  }, 600_000)
})
