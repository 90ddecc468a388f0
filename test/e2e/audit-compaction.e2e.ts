import { describe, expect, it } from 'vitest'
import { type Session, sessionPerTest } from './browser'

const s = sessionPerTest()

type Page = Session['page']

/** How many audit records are batches, read from IndexedDB as the browser holds it. */
function auditBatches(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('doorstroombord')
        open.onerror = () => reject(new Error('open'))
        open.onsuccess = () => {
          const request = open.result.transaction('audit').objectStore('audit').getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve((request.result as { kind: string }[]).filter((e) => e.kind === 'batch').length)
          }
          request.onerror = () => reject(new Error('read'))
        }
      }),
  )
}

/** What the youth page shows of one youth's history. */
async function historyText(page: Page, youthId: string): Promise<string> {
  await page.goto(`/jongeren/${youthId}`)
  // One list per stretch between reviews.
  const lists = page.locator('ol.audit-list')
  await expect.poll(() => lists.count(), { timeout: 20_000 }).toBeGreaterThan(1)
  return (await lists.allInnerTexts()).join('\n')
}

/** Tabel 1 and 2 of the Rapportage for the latest ended period. */
async function reportText(page: Page): Promise<string> {
  await page.goto('/rapportage')
  const figures = page.getByRole('table', { name: /^Tabel 1\. Kerncijfers/ })
  const stoplight = page.getByRole('table', { name: /^Tabel 2\./ })
  await expect.poll(() => figures.count(), { timeout: 20_000 }).toBe(1)
  return `${await figures.innerText()}\n${await stoplight.innerText()}`
}

describe('audit compaction in the browser', () => {
  it('moves history into batches while the app is open, and every screen shows the same', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    await expect.poll(() => page.getByText('60 fictieve jongeren geladen.').count()).toBe(1)
    // Before the app's first compaction (5 s after it opened): reload to start the clock again.
    await page.reload()
    expect(await auditBatches(page)).toBe(0)
    const history = await historyText(page, 'sample-000001')
    expect(history).toMatch(/Wonen|School|Toekomstplan/)
    const report = await reportText(page)

    await expect.poll(() => auditBatches(page), { timeout: 30_000 }).toBeGreaterThan(0)

    expect(await historyText(page, 'sample-000001')).toBe(history)
    expect(await reportText(page)).toBe(report)
  })
})
