import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { enSamenwerken } from '../../src/i18n/en/samenwerken'
import { nlSamenwerken } from '../../src/i18n/nl/samenwerken'
import { expectCleanSession, expectNoAxeViolations, openSession, type Session } from './browser'
import { startTeamApp, type TeamApp } from './sync-helpers'

/**
 * Instellingen › Samenwerken against a real pouchdb-server: the built app served by its own
 * `vite preview` whose /db/ proxy points at that server (as `npm start` does with
 * `npm run sync-server`), the session cookie through the proxy, and the section with axe.
 */
const MEMBER = { name: 'anna', password: 'anna-test-wachtwoord' }
const TEAM = 'demo'

let team: TeamApp
let base: string

beforeAll(async () => {
  team = await startTeamApp(TEAM, [MEMBER])
  base = team.base
})

afterAll(async () => {
  await team.close()
})

describe('the team server under /db/ on the app’s own origin', () => {
  it('logs in through the proxy with a first-party session cookie and keeps strangers out', async () => {
    const anonymous = await fetch(`${base}/db/${TEAM}`)
    expect(anonymous.status).toBe(401)

    const login = await fetch(`${base}/db/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(MEMBER),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('AuthSession='))
    expect(cookie).toBeDefined()
    // For the app's own host and every path under it, /db/ included.
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/i)
    expect(cookie).not.toMatch(/Domain=/i)

    const session = cookie?.split(';')[0] ?? ''
    const team = await fetch(`${base}/db/${TEAM}`, { headers: { Cookie: session } })
    expect(team.status).toBe(200)
    expect(await team.json()).toMatchObject({ db_name: TEAM })
  })

  it("keeps the CSP's connect-src to the app's own origin", async () => {
    const page = await fetch(`${base}/instellingen`)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("connect-src 'self';")
    expect(await page.text()).toContain('connect-src &#39;self&#39;;')
  })
})

describe('Instellingen › Samenwerken in the browser', () => {
  let session: Session | undefined

  afterEach(async () => {
    if (!session) return
    try {
      expectCleanSession(session)
    } finally {
      await session.close()
      session = undefined
    }
  })

  async function checkSection(t: typeof nlSamenwerken, lang: string) {
    if (!session) throw new Error('no browser')
    const { page } = session
    const region = page.getByRole('region', { name: t.title })
    await region.waitFor()
    await expect.poll(() => region.getByText(t.conflicts.empty, { exact: true }).count()).toBe(1)
    await expect.poll(() => page.getByRole('button', { name: t.connect }).count()).toBe(1)
    await expectNoAxeViolations(page, `${lang}: Samenwerken`)

    // A team name that is no database name: the error names the field, and it passes axe too.
    await region.getByRole('textbox', { name: t.team, exact: true }).fill('Team Noord')
    await region.getByRole('button', { name: t.connect }).click()
    const alert = region.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toContain(`${t.team}: ${t.teamProblems.uppercase}`)
    await expectNoAxeViolations(page, `${lang}: Samenwerken with errors`)
    await region.screenshot({ path: `/tmp/samenwerken-${lang}.png` })
  }

  it('passes axe in Dutch and in English, with the Conflicten list empty', async () => {
    session = await openSession({ baseURL: base })
    const { page } = session
    await page.goto('/instellingen')
    await checkSection(nlSamenwerken, 'nl')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.reload()
    await checkSection(enSamenwerken, 'en')
  })
})
