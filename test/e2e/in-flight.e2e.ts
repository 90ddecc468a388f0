import { describe, expect, it } from 'vitest'
import { randomBytes } from '../fixtures/import-sheets'
import { expectNoAxeViolations, sessionPerTest } from './browser'

/**
 * Faults of issue 13 found by hand: keystrokes faster than the writes they cause, a reload
 * right after a move, and a file that is no spreadsheet at all.
 */
const s = sessionPerTest()

describe('moves and files in flight', () => {
  it('moves one youth per quick Alt+Page Down and keeps a move made just before a reload', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    await page.getByRole('link', { name: 'Bespreking' }).click()
    await page.getByRole('button', { name: 'Bespreking starten' }).click()
    const position = page.getByText(/^Jongere \d+ van \d+$/)
    await expect.poll(() => position.textContent()).toMatch(/^Jongere 1 van/)

    await page.keyboard.press('Alt+PageDown')
    await page.keyboard.press('Alt+PageDown')
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => position.textContent()).toMatch(/^Jongere 4 van/)
    await expect.poll(() => page.getByText(/^3 van \d+ besproken$/).count()).toBe(1)

    await page.getByRole('button', { name: /Volgende jongere/ }).click()
    await page.reload()
    await expect.poll(() => position.textContent()).toMatch(/^Jongere 5 van/)
    await expect.poll(() => page.getByText(/^4 van \d+ besproken$/).count()).toBe(1)
  })

  it('stores each quick move with its own besproken time, in walk order, across a reload', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    await page.getByRole('link', { name: 'Bespreking' }).click()
    await page.getByRole('button', { name: 'Bespreking starten' }).click()
    const position = page.getByText(/^Jongere \d+ van \d+$/)
    await expect.poll(() => position.textContent()).toMatch(/^Jongere 1 van/)

    // Eight Alt+Page Down and a reload in one go, before any move is stored: all are finished
    // after the reload, from the note the page left.
    await page
      .evaluate(() => {
        for (let i = 0; i < 8; i++) {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', altKey: true }))
        }
        location.reload()
      })
      .catch(() => undefined)
    await page.waitForLoadState()
    await expect.poll(() => position.textContent()).toMatch(/^Jongere 9 van/)
    await expect.poll(() => page.getByText(/^8 van \d+ besproken$/).count()).toBe(1)

    // Read back from IndexedDB itself: the besproken times follow the walk order, each its own.
    const times = await page.evaluate(
      () =>
        new Promise<(string | null)[]>((resolve, reject) => {
          const open = indexedDB.open('doorstroombord')
          open.onerror = () => reject(new Error(String(open.error)))
          open.onsuccess = () => {
            const tx = open.result.transaction(['reviews', 'reviewItems'])
            const reviews = tx.objectStore('reviews').getAll()
            const items = tx.objectStore('reviewItems').getAll()
            tx.oncomplete = () => {
              open.result.close()
              const review = (reviews.result as { status: string; youthIds: string[] }[]).find(
                (r) => r.status === 'open',
              )
              const byYouth = new Map(
                (items.result as { youthId: string; discussedAt: string | null }[]).map((i) => [
                  i.youthId,
                  i.discussedAt,
                ]),
              )
              resolve((review?.youthIds ?? []).slice(0, 8).map((id) => byYouth.get(id) ?? null))
            }
          }
        }),
    )
    expect(times.every((t) => t !== null)).toBe(true)
    const ms = times.map((t) => Date.parse(t ?? ''))
    for (let i = 1; i < ms.length; i++) {
      expect(ms[i], `move ${i + 1} after move ${i}: ${times.join(', ')}`).toBeGreaterThan(
        ms[i - 1] ?? Infinity,
      )
    }
  })

  it('refuses random bytes named .xlsx on the import screen, naming the file', async () => {
    const { page } = s
    await page.goto('/importeren')
    const input = page.getByLabel('Spreadsheet (.xlsx of .csv)')
    await expect.poll(() => input.count()).toBe(1)
    await input.setInputFiles({
      name: 'jongeren.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(randomBytes(16_384)),
    })
    const message = page.getByText(/"jongeren\.xlsx" is geen spreadsheet/)
    await expect.poll(() => message.count()).toBe(1)
    expect(await page.getByRole('heading', { name: /Stap 1 van 4/ }).count()).toBe(1)
    await expectNoAxeViolations(page, 'import: file refused')
  })
})
