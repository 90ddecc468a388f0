import { afterEach, describe, expect, it } from 'vitest'
import { expectNoAxeViolations, sessionPerTest } from './browser'
import {
  addYouth,
  deployNewServiceWorker,
  download,
  enableEncryption,
  rawDatabaseText,
  setAssessment,
  watchCsp,
  waitForServiceWorker,
} from './security-helpers'

const s = sessionPerTest({
  setUp: async () => {
    csp = await watchCsp(s.context)
  },
  check: () => {
    expect(csp).toEqual([])
  },
  // Chromium judges no incognito context installable ("in-incognito"): the first test checks
  // that the app is, so it runs in a browser profile of its own.
  persistent: (name) => name.startsWith('starts and works with no network'),
})
let csp: string[]

describe('offline', () => {
  it('starts and works with no network after one visit: add, assess, review, export', async () => {
    const { page, context } = s
    const response = await page.goto('/')
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    expect(await waitForServiceWorker(page)).toBe(true)
    // Installable: Chromium finds nothing missing in the manifest, icons or service worker.
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[]
    }
    expect(installabilityErrors).toEqual([])

    await context.setOffline(true)
    await page.reload()
    await expect
      .poll(() => page.getByRole('heading', { name: 'Nog geen jongeren op het bord' }).count())
      .toBe(1)
    await addYouth(page, 'OFF-001', 'Leiden', 'Roos')
    await setAssessment(page, 'OFF-001', 'Wonen', 'rood', 'Wacht op kamertraining')
    await expect.poll(() => page.getByRole('button', { name: 'Wonen: rood' }).count()).toBe(1)

    // A client route opened directly, offline: the service worker answers with the app.
    await page.goto('/bespreking')
    await page.getByRole('button', { name: 'Bespreking starten' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /OFF-001/ }).count())
      .toBe(1)
    await page.getByRole('checkbox', { name: 'Besproken' }).click()
    await expect.poll(() => page.getByText('1 van 1 besproken').count()).toBe(1)

    // The report and its exports (the spreadsheet writer is a lazy chunk) work offline too.
    await page.getByRole('link', { name: 'Rapportage' }).click()
    await expect
      .poll(() => page.getByRole('heading', { name: '1. Kerncijfers' }).count(), {
        timeout: 20_000,
      })
      .toBe(1)
    const xlsx = await download(page, 'Exporteren naar Excel')
    expect(xlsx.name).toMatch(/\.xlsx$/)
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK')
    const csv = await download(page, 'Exporteren als CSV')
    expect(csv.name).toMatch(/\.csv$/)
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFCliëntnummer;Gemeente;/)

    await page.goto('/instellingen')
    await expect.poll(() => page.getByText(/^In gebruik: .+ van de .+ \(/).count()).toBe(1)
    await expect.poll(() => page.getByText(/Blijvende opslag: (niet )?toegekend/).count()).toBe(1)

    await page.reload()
    await page.getByRole('link', { name: 'Bord' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Wonen: rood' }).count()).toBe(1)
  })
})

describe('a new version', () => {
  let restoreDeployment = () => {}
  afterEach(() => restoreDeployment())

  it('is announced and only loaded when the user chooses, never in the middle of an edit', async () => {
    const { page } = s
    await page.goto('/')
    expect(await waitForServiceWorker(page)).toBe(true)
    await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
    const form = page.getByRole('dialog', { name: 'Jongere toevoegen' })
    await form.getByLabel('Cliëntnummer').fill('HALF-GETYPT')
    // A new version is deployed while the user is typing; the app checks for it.
    restoreDeployment = deployNewServiceWorker()
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    const banner = page.locator('.update-banner')
    await expect.poll(() => banner.count(), { timeout: 20_000 }).toBe(1)
    // Nothing reloaded by itself: the half-typed form is still there.
    expect(await form.getByLabel('Cliëntnummer').inputValue()).toBe('HALF-GETYPT')
    await form.getByRole('button', { name: 'Annuleren' }).click()
    expect(await page.getByRole('heading', { name: 'Nieuwe versie beschikbaar' }).count()).toBe(1)
    await page.screenshot({ path: '/tmp/security-update.png' })

    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Nu opnieuw laden' }).click(),
    ])
    await expect.poll(() => banner.count()).toBe(0)
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
    )
    expect(waiting).toBeNull()
    // The reloaded app renders after the load event: wait for the board to be usable again.
    await expect
      .poll(() => page.getByRole('button', { name: 'Jongere toevoegen' }).count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0)
  })
})

describe('several tabs', () => {
  it('shows edits made in one tab live in the other', async () => {
    const { page, context } = s
    await page.goto('/')
    await addYouth(page, 'TAB-001', 'Utrecht')
    const other = await context.newPage()
    await other.goto('/')
    await expect.poll(() => other.getByRole('link', { name: 'TAB-001' }).count()).toBe(1)

    await setAssessment(other, 'TAB-001', 'Wonen', 'oranje', 'Aanmelding loopt')
    await expect.poll(() => page.getByRole('button', { name: 'Wonen: oranje' }).count()).toBe(1)
    await addYouth(page, 'TAB-002', 'Utrecht')
    await expect.poll(() => other.getByRole('link', { name: 'TAB-002' }).count()).toBe(1)
  })

  it('stops a tab calmly when another tab opens a newer schema, keeping the data', async () => {
    const { page, context } = s
    await page.goto('/')
    await addYouth(page, 'VER-001', 'Utrecht')
    const other = await context.newPage()
    await other.goto('/')
    // What a newer app version does in its tab: open the database at a higher version.
    const kept = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const probe = indexedDB.open('doorstroombord')
          probe.onsuccess = () => {
            const version = probe.result.version
            probe.result.close()
            const request = indexedDB.open('doorstroombord', version + 10)
            request.onsuccess = () => {
              const count = request.result.transaction('youths').objectStore('youths').count()
              count.onsuccess = () => resolve(count.result)
            }
            request.onerror = () => reject(new Error(String(request.error)))
          }
        }),
    )
    expect(kept).toBe(1)
    const dialog = page.getByRole('dialog', {
      name: 'Er is een nieuwere versie geopend in een ander tabblad',
    })
    await expect.poll(() => dialog.count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Opnieuw laden' }).isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'newer version dialog')
    await page.screenshot({ path: '/tmp/security-blocked.png' })
    await other.close()
  })
})

describe('encryption at rest', () => {
  it('stores no readable personal text, shows nothing when locked, and locks when idle', async () => {
    const { page } = s
    await page.goto('/')
    await addYouth(page, 'ENC-001', 'Delft', 'Roos Geheimnaam')
    await setAssessment(page, 'ENC-001', 'Wonen', 'rood', 'Toelichting met geheimen', 'Bel X')
    const secrets = ['Roos Geheimnaam', 'Toelichting met geheimen', 'Bel X']
    expect(await rawDatabaseText(page)).toContain('Roos Geheimnaam')

    await page.getByRole('link', { name: 'Instellingen' }).click()
    await expectNoAxeViolations(page, 'settings with security sections')
    await enableEncryption(page, 'vijf groene fietsen op de dijk')
    await page.screenshot({ path: '/tmp/security-settings.png', fullPage: true })

    const raw = await rawDatabaseText(page)
    expect(raw).toContain('ENC-001')
    expect(raw).toContain('__sealed')
    for (const secret of secrets) expect(raw).not.toContain(secret)

    // A fresh start opens locked, showing nothing but the passphrase field.
    await page.reload()
    const locked = page.getByRole('heading', { name: 'Vergrendeld' })
    await expect.poll(() => locked.count()).toBe(1)
    await expectNoAxeViolations(page, 'lock screen')
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill('vijf groene fietsen op de berg')
    await page.getByRole('button', { name: 'Ontgrendelen' }).click()
    await expect.poll(() => page.getByText('Deze wachtwoordzin klopt niet.').count()).toBe(1)
    await page.screenshot({ path: '/tmp/security-locked.png' })
    const shown = (await page.locator('body').innerText()) + (await rawDatabaseText(page))
    expect(shown).not.toMatch(/Roos Geheimnaam|Toelichting met geheimen/)
    expect(await page.locator('body').innerText()).not.toContain('ENC-001')
    expect(await page.getByRole('navigation').count()).toBe(0)

    await page.getByLabel('Wachtwoordzin', { exact: true }).fill('vijf groene fietsen op de dijk')
    await page.getByRole('button', { name: 'Ontgrendelen' }).click()
    // Unlocked where the user was (Instellingen); the board shows the roepnaam again.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Versleuteling', exact: true }).count())
      .toBe(1)
    await page.getByRole('link', { name: 'Bord' }).click()
    await expect.poll(() => page.getByText('Roos Geheimnaam').count()).toBe(1)
    await page.getByRole('button', { name: 'Wonen: rood' }).click()
    const editor = page.getByRole('dialog', { name: /Wonen — ENC-001/ })
    expect(await editor.getByLabel('Actie (volgende stap)').inputValue()).toBe('Bel X')
    await editor.getByRole('button', { name: 'Annuleren' }).click()

    // Idle lock: a short time for the test, through the same setting a user has.
    await page.getByRole('link', { name: 'Instellingen' }).click()
    await page.getByLabel('Automatisch vergrendelen na (minuten)').fill('0,1')
    await page.getByRole('button', { name: 'Vergrendeltijd wijzigen' }).click()
    await expect.poll(() => page.getByText(/vergrendelt nu na 0,1 minuten/).count()).toBe(1)
    await expect.poll(() => locked.count(), { timeout: 20_000, interval: 500 }).toBe(1)
    expect(await page.locator('body').innerText()).not.toContain('Roos Geheimnaam')
  })
})
