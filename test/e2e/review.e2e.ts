import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, sessionPerTest } from './browser'

const s = sessionPerTest()

/** Test fixture: five placed youths written straight into the app's IndexedDB. */
async function seedFiveYouths(page: Page) {
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
    for (let i = 1; i <= 5; i++) {
      tx.objectStore('youths').put({
        id: `e2e-${i}`,
        clientRef: `REV-00${i}`,
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

/** Presses Tab until the focused element's accessible name matches (keyboard only). */
async function tabTo(page: Page, name: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(() => {
      const el = document.activeElement
      if (!el) return ''
      const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null
      return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim()
    })
    if (name.test(label)) return
  }
  throw new Error(`No focusable element named ${String(name)} within ${limit} tabs`)
}

const heading = (page: Page, ref: string) => page.getByRole('heading', { level: 2, name: ref })

describe('the monthly review', () => {
  it('runs a full review by keyboard, survives a reload half-way and updates history and trend', async () => {
    const { page } = s
    await seedFiveYouths(page)
    await page.goto('/bespreking')
    await expect
      .poll(() => page.getByRole('button', { name: 'Bespreking starten' }).count())
      .toBe(1)
    await tabTo(page, /^Bespreking starten$/)
    await page.keyboard.press('Enter')
    await expect.poll(() => heading(page, 'REV-001').count()).toBe(1)
    await expect.poll(() => page.getByText('0 van 5 besproken').count()).toBe(1)
    await expectNoAxeViolations(page, 'review')

    // Youth 1: Wonen becomes rood with a letter key, then on to the next youth.
    await tabTo(page, /^Wonen: /)
    await page.keyboard.press('r')
    await expect.poll(() => page.getByText('Gewijzigd').count()).toBeGreaterThan(0)
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => heading(page, 'REV-002').count()).toBe(1)
    // Youths 2 and 3: discussed without changes.
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => heading(page, 'REV-003').count()).toBe(1)
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => heading(page, 'REV-004').count()).toBe(1)
    await expect.poll(() => page.getByText('3 van 5 besproken').count()).toBe(1)

    // Interrupted: reload, resume where we were.
    await page.reload()
    await expect.poll(() => heading(page, 'REV-004').count()).toBe(1)
    await expect.poll(() => page.getByText('3 van 5 besproken').count()).toBe(1)
    await page.keyboard.press('Alt+PageUp')
    await expect.poll(() => heading(page, 'REV-003').count()).toBe(1)
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => heading(page, 'REV-004').count()).toBe(1)
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => heading(page, 'REV-005').count()).toBe(1)
    await page.keyboard.press('Alt+PageDown')

    // The last youth leads to closing; everyone was discussed.
    const dialog = page.getByRole('dialog', { name: 'Bespreking afronden' })
    await expect.poll(() => dialog.count()).toBe(1)
    await expect.poll(() => dialog.getByText('Alle jongeren zijn besproken.').count()).toBe(1)
    await expectNoAxeViolations(page, 'finish review dialog')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByText(/afgerond en vastgelegd/).count()).toBe(1)
    await expect
      .poll(() => page.getByRole('heading', { name: 'Eerdere besprekingen' }).count())
      .toBe(1)
    await expectNoAxeViolations(page, 'review overview')

    // History of youth 1: the review is in its timeline, with Wonen rood.
    await page.goto('/jongeren/e2e-1')
    const timeline = page.getByRole('table', { name: 'Status per randvoorwaarde per bespreking' })
    await expect.poll(() => timeline.count()).toBe(1)
    const wonenRow = timeline.getByRole('row', { name: /Wonen/ })
    await expect.poll(() => wonenRow.getByText('rood').count()).toBe(1)
    await expect.poll(() => page.getByText(/Wonen: geen → rood/).count()).toBe(1)
    await expectNoAxeViolations(page, 'youth history')

    // The board's trend counts the closed review: one youth rood, four onbekend.
    await page.goto('/')
    await expect.poll(() => page.getByText('Trend sinds de eerste bespreking').count()).toBe(1)
    await page.getByText('Aantallen als tabel').click()
    const trend = page.getByRole('table', { name: /per bespreking/ })
    const row = trend.getByRole('row').nth(1)
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '1',
      '0',
      '4',
      '0',
      '1',
      '0',
      '0',
    ])
    await expectNoAxeViolations(page, 'board with trend')
  })

  it('shows the status at the previous review beside the current one, in presentation mode too', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    await page.getByRole('link', { name: 'Bespreking' }).click()
    await page.getByRole('button', { name: 'Bespreking starten' }).click()
    await expect.poll(() => page.getByText(/^Vorige bespreking \(/).count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Presentatiemodus' }).click()
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Volgende jongere' }).isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'presentation mode')
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible())
      .toBe(true)
  })
})
