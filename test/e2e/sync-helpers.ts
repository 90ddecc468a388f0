import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { setupTeam } from '../../scripts/sync/setup.mjs'
import { startSyncServer, type SyncServer } from '../support/sync-server.mjs'
import { expectCleanSession, openSession, type Session } from './browser'

export interface Member {
  name: string
  password: string
}

export interface TeamApp {
  sync: SyncServer
  app: PreviewServer
  /** The app's origin, without a trailing slash; /db/ on it reaches the sync server. */
  base: string
  close: () => Promise<void>
}

/**
 * A real pouchdb-server with a team and its members, and the built app served by its own
 * `vite preview` whose /db/ proxy points at that server (as `npm start` with
 * `npm run sync-server` does). `server.dir` keeps the server's databases on disk, so a test can
 * stop it and start it again on the same port with the same data.
 */
export async function startTeamApp(
  team: string,
  members: Member[],
  server: { dir?: string } = {},
): Promise<TeamApp> {
  const sync = await startSyncServer(server)
  await setupTeam({ url: sync.url, team, admin: sync.admin, members })
  const root = resolve(import.meta.dirname, '../..')
  const outDir = resolve(root, process.env.E2E_DIST ?? 'dist')
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir} is missing`)
  // vite.config.ts reads the proxy target when the preview loads it.
  const before = process.env.DSB_SYNC_TARGET
  process.env.DSB_SYNC_TARGET = sync.url
  let app: PreviewServer
  try {
    app = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    })
  } finally {
    if (before === undefined) delete process.env.DSB_SYNC_TARGET
    else process.env.DSB_SYNC_TARGET = before
  }
  const url = app.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report its URL')
  return {
    sync,
    app,
    base: url.replace(/\/$/, ''),
    close: async () => {
      await app.close()
      await sync.stop()
    },
  }
}

/** Instellingen › Samenwerken: Team, Gebruikersnaam, Wachtwoord, Verbinden. */
export async function connectTeam(page: Page, team: string, member: Member) {
  await page.goto('/instellingen')
  const region = page.getByRole('region', { name: 'Samenwerken' })
  await region.waitFor()
  await region.getByRole('textbox', { name: 'Team', exact: true }).fill(team)
  await region.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(member.name)
  await region.getByLabel(/^Wachtwoord( \*)?$/).fill(member.password)
  await region.getByRole('button', { name: 'Verbinden' }).click()
  return region
}

/** Waits until the header says the board is up to date with the team. */
export async function waitUntilSynced(page: Page, timeout = 30_000) {
  await expect
    .poll(
      () =>
        page
          .locator('header')
          .getByText(/Bijgewerkt/)
          .count(),
      { timeout },
    )
    .toBeGreaterThan(0)
}

/**
 * Takes laptops off the network as a user's installed app goes: with the service worker in
 * control, so code not yet loaded (a dialog's chunk) still comes from its cache. A page opened
 * before the worker was active is reloaded once, as the next visit would be.
 */
export async function goOffline(...pages: Page[]) {
  for (const page of pages) {
    await page.evaluate(() => navigator.serviceWorker.ready)
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload()
    }
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)
  }
  for (const page of pages) await page.context().setOffline(true)
}

export interface TeamLaptops {
  /** The team's app and sync server, started before the file's first test. */
  readonly app: TeamApp
  /** A laptop of its own: a fresh browser context on the team's app. */
  laptop: () => Promise<Page>
  /** A laptop connected as `member` (to `teamName`, the file's team by default), synced. */
  connected: (member: Member, teamName?: string) => Promise<Page>
  /** Another team on the same server, with the same members. */
  addTeam: (teamName: string) => Promise<void>
}

/**
 * The laptops of one test file on one team: the team's server and app start before the first
 * test and stop after the last; every laptop is a fresh browser context, and after each test
 * every laptop must be clean (nothing sent to another host, no page error) and is closed.
 * `server` is read when the server starts (a folder that keeps its databases on disk).
 */
export function teamLaptops(
  team: string,
  members: Member[],
  server: () => { dir?: string } = () => ({}),
): TeamLaptops {
  let app: TeamApp | undefined
  const sessions: Session[] = []
  beforeAll(async () => {
    app = await startTeamApp(team, members, server())
  })
  afterAll(async () => {
    await app?.close()
  })
  afterEach(async () => {
    const done = sessions.splice(0)
    await Promise.all(done.map((session) => session.close()))
    for (const session of done) expectCleanSession(session)
  })
  const suite: TeamLaptops = {
    get app() {
      if (!app) throw new Error(`team ${team} has not started`)
      return app
    },
    laptop: async () => {
      const session = await openSession({ baseURL: suite.app.base })
      sessions.push(session)
      return session.page
    },
    connected: async (member, teamName = team) => {
      const page = await suite.laptop()
      await connectTeam(page, teamName, member)
      await waitUntilSynced(page)
      return page
    },
    addTeam: async (teamName) => {
      const { sync } = suite.app
      await setupTeam({ url: sync.url, team: teamName, admin: sync.admin, members })
    },
  }
  return suite
}
