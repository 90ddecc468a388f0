import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from './browser'
import { connectTeam, teamLaptops, waitUntilSynced } from './sync-helpers'

/**
 * A bespreking and the Gemeente-overzicht on two laptops (two browser contexts) of one team,
 * through a real pouchdb-server behind the app's own /db/ proxy: the review continued on the
 * second laptop, closed on the first while the second is still in it, and a loaded
 * uitwisselbestand listed on both.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
const BRAM = { name: 'bram', password: 'bram-test-wachtwoord' }
const TEAM = 'bespreking'

const team = teamLaptops(TEAM, [ANNA, BRAM])

/** Test fixture: four placed youths written straight into the app's IndexedDB. */
async function seedFourYouths(page: Page) {
  await page.goto('/')
  await expect
    .poll(() => page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).count())
    .toBe(1)
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('doorstroombord')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(new Error('open failed'))
    })
    const tx = db.transaction('youths', 'readwrite')
    for (let i = 1; i <= 4; i++) {
      tx.objectStore('youths').put({
        id: `e2e-${String(i)}`,
        clientRef: `BSP-00${String(i)}`,
        displayName: '',
        birthDate: '2010-04-01',
        municipalityCode: 'GM0518',
        jeugdregio: '',
        location: 'Groep Noord',
        livingArrangement: 'gezinshuis',
        placementDate: '2025-06-01',
        expectedOutflowDate: null,
        perspective: 'kamertraining',
        measure: 'geen',
        guardianOrg: '',
        caseOwner: 'T. Tester',
        outflow: null,
        lastReviewDate: null,
        redStreaks: {},
        createdAt: '2025-06-01T09:00:00.000Z',
        updatedAt: '2025-06-01T09:00:00.000Z',
      })
    }
    await new Promise((resolve) => (tx.oncomplete = resolve))
    db.close()
  })
  await page.reload()
}

const heading = (page: Page, ref: string) => page.getByRole('heading', { level: 2, name: ref })
const progress = (page: Page, text: string) =>
  expect.poll(() => page.getByText(text).count(), { timeout: 30_000 }).toBe(1)

describe('a bespreking shared by two laptops', () => {
  it('continues on B where A was, and tells B who closed it while B was still in it', async () => {
    const a = await team.laptop()
    await seedFourYouths(a)
    await connectTeam(a, TEAM, ANNA)
    await waitUntilSynced(a)
    const b = await team.connected(BRAM)

    // A starts the bespreking and marks two youths besproken.
    await a.goto('/bespreking')
    await a.getByRole('button', { name: 'Bespreking starten' }).click()
    await expect.poll(() => heading(a, 'BSP-001').count()).toBe(1)
    await a.getByRole('button', { name: /Volgende jongere/ }).click()
    await expect.poll(() => heading(a, 'BSP-002').count()).toBe(1)
    await a.getByRole('button', { name: /Volgende jongere/ }).click()
    await progress(a, '2 van 4 besproken')

    // B opens Bespreking: where A was, and goes on.
    await b.goto('/bespreking')
    await b.getByRole('link', { name: 'Bespreking hervatten' }).click({ timeout: 30_000 })
    await progress(b, '2 van 4 besproken')
    await expect.poll(() => heading(b, 'BSP-003').count(), { timeout: 30_000 }).toBe(1)
    await b.getByRole('button', { name: /Volgende jongere/ }).click()
    await progress(b, '3 van 4 besproken')
    await progress(a, '3 van 4 besproken')

    // B types a toelichting for the fourth youth; meanwhile A closes the bespreking.
    await expect.poll(() => heading(b, 'BSP-004').count(), { timeout: 30_000 }).toBe(1)
    const wonen = b.getByRole('region', { name: 'Wonen' })
    await wonen.getByRole('button', { name: /toelichting en actie tonen/ }).click()
    await wonen.getByRole('textbox', { name: 'Toelichting' }).fill('Kamer bekeken met de jongere')
    await a.getByRole('button', { name: 'Bespreking afronden' }).click()
    const dialog = a.getByRole('dialog', { name: 'Bespreking afronden' })
    await dialog.getByRole('button', { name: 'Afronden', exact: true }).click()
    await expect.poll(() => a.getByText(/afgerond en vastgelegd/).count()).toBe(1)

    const alert = b.getByRole('alert').filter({ hasText: /afgerond door/ })
    await expect
      .poll(() => alert.count(), { timeout: 45_000 })
      .toBe(1)
      .catch(async (error: unknown) => {
        await b.screenshot({ path: '/tmp/sync-review-closed-b.png', fullPage: true })
        throw error
      })
    expect(await alert.textContent()).toMatch(/Deze bespreking is om \d\d:\d\d afgerond door anna/)
    expect(await alert.textContent()).toContain('bewaard als gewone wijziging van de jongere')
    expect(await wonen.getByRole('textbox', { name: 'Toelichting' }).inputValue()).toBe(
      'Kamer bekeken met de jongere',
    )
    expect(await b.getByRole('checkbox', { name: 'Besproken' }).count()).toBe(0)
    await expectNoAxeViolations(b, 'nl: review closed elsewhere')

    // What B typed is kept: saved as a plain edit of the youth, and it reaches A.
    await heading(b, 'BSP-004').click()
    await b.getByRole('button', { name: 'English' }).click()
    const english = b.getByRole('alert').filter({ hasText: /was closed at/ })
    await expect.poll(() => english.count()).toBe(1)
    expect(await english.textContent()).toMatch(/closed at \d\d:\d\d by anna/)
    await expectNoAxeViolations(b, 'en: review closed elsewhere')
    await a.goto('/jongeren/e2e-4')
    await expect
      .poll(() => a.getByText('Kamer bekeken met de jongere').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
  }, 180_000)

  it('lists the Gemeente-overzicht’s files loaded on A on B as well', async () => {
    const a = await team.connected(ANNA)
    const b = await team.connected(BRAM)

    await a.goto('/gemeente-overzicht')
    await a.getByRole('button', { name: 'Voorbeeldbestanden laden' }).click()
    const line = a.getByText(/aanbieders met een bestand/).first()
    await expect.poll(() => line.count(), { timeout: 30_000 }).toBe(1)
    const onA = await line.textContent()
    expect(onA).toMatch(/\d+ aanbieders met een bestand/)

    await b.goto('/gemeente-overzicht')
    await expect
      .poll(() => b.getByText(onA ?? '-', { exact: true }).count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
  }, 180_000)
})
