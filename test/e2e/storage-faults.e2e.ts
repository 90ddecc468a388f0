import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StorageFault } from '../../src/db/fault-injection'
import { SAMPLE_CSV_DUTCH } from '../fixtures/import-sheets'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

/**
 * A full disk, simulated through the app's test-only fault hook (src/db/fault-injection.ts):
 * the next write fails the way a browser fails it. What the user sees must be true and useful.
 */
const s = sessionPerTest({
  setUp: async () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-faults-'))
    await s.context.addInitScript(() => {
      // Also runs in about:blank, which has no localStorage.
      if (location.protocol.startsWith('http'))
        localStorage.setItem('doorstroombord.test-faults', 'on')
    })
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string

type Page = Session['page']

async function failNextWrite(page: Page, fault: StorageFault, table?: string) {
  await page.evaluate(([f, t]) => window.__dsbFailNextWrite?.(f as StorageFault, t), [fault, table])
}

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
  await expect.poll(() => page.getByText(/fictieve jongeren geladen/).count()).toBe(1)
}

/** True when the middle of the element is what a click there would hit: nothing covers it. */
function onTop(locator: ReturnType<Page['locator']>) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
    return hit !== null && el.contains(hit)
  })
}

const shownCount = (page: Page) =>
  page.locator('.board-summary__shown').textContent({ timeout: 10_000 })

describe('a full disk', () => {
  it('fails an import and an added youth with the true reason, and the board keeps its data', async () => {
    const { page } = s
    await page.goto('/')
    await loadSample(page)
    const before = await shownCount(page)
    expect(before).toMatch(/^\d+ jongeren$/)

    // Import: Chromium's own way of saying the disk is full.
    const sheet = join(dir, 'jongeren.csv')
    writeFileSync(sheet, SAMPLE_CSV_DUTCH())
    await page.getByRole('link', { name: 'Importeren' }).click()
    await page.getByLabel('Spreadsheet (.xlsx of .csv)').setInputFiles(sheet)
    await page.getByRole('button', { name: 'Controleren' }).click()
    const run = page.getByRole('button', { name: 'Import uitvoeren' })
    await expect.poll(() => run.isEnabled()).toBe(true)
    await failNextWrite(page, 'chromium-no-space', 'youths')
    await run.click()
    await expect.poll(() => page.getByText(/De import past niet meer in de opslag/).count()).toBe(1)
    expect(await page.getByText(/in een ander tabblad/).count()).toBe(0)
    await expectNoAxeViolations(page, 'import failed on a full disk')

    // The board still shows every youth; no newcomer's welcome.
    await page.getByRole('link', { name: 'Bord' }).click()
    expect(await shownCount(page)).toBe(before)
    expect(await page.getByText('Nog geen jongeren op het bord').count()).toBe(0)

    // Adding a youth, with Firefox's and Safari's ways: one clear notice, the form stays open.
    for (const fault of ['firefox-no-space', 'safari-legacy'] as const) {
      await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
      const dialog = page.getByRole('dialog', { name: 'Jongere toevoegen' })
      await dialog.getByLabel('Cliëntnummer').fill(`VOL-${fault}`)
      await dialog.getByLabel('Geboortedatum').fill('2009-03-14')
      await dialog.getByLabel('Gemeente').fill('Utrecht')
      await dialog.getByLabel('Verblijfsvorm').selectOption({ label: 'Gezinshuis' })
      await dialog.getByLabel('Plaatsingsdatum').fill('2025-01-06')
      await failNextWrite(page, fault, 'youths')
      await dialog.getByRole('button', { name: 'Opslaan' }).click()
      const notice = page.getByText(/De opslag is vol: de wijziging is niet bewaard/)
      await expect.poll(() => notice.count()).toBe(1)
      expect(await page.getByText(/Er ging iets mis/).count()).toBe(0)
      expect(await dialog.count()).toBe(1)
      await dialog.getByRole('button', { name: 'Annuleren' }).click()
      await page
        .locator('.notice', { hasText: 'De opslag is vol' })
        .getByRole('button', { name: 'Melding sluiten' })
        .click()
      await expect.poll(() => notice.count()).toBe(0)
    }

    // After a reload everything is still there.
    await page.reload()
    await expect.poll(() => shownCount(page)).toBe(before)
  })

  it('explains an empty board after the disk ran full, also after a reload', async () => {
    const { page } = s
    await page.goto('/')
    await expect.poll(() => page.getByText('Nog geen jongeren op het bord').count()).toBe(1)
    await failNextWrite(page, 'quota')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    const note = page.getByRole('alert').filter({ hasText: 'De opslag raakte vol' })
    await expect.poll(() => note.count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).count()).toBe(0)
    await expectNoAxeViolations(page, 'empty board after a full disk')

    await page.reload()
    await expect.poll(() => note.count()).toBe(1)
    await page.getByRole('button', { name: 'Melding sluiten' }).click()
    await loadSample(page)
    await page.reload()
    await expect.poll(() => shownCount(page)).toMatch(/^\d+ jongeren$/)
    expect(await note.count()).toBe(0)
  })

  it('says inside the assessment dialog that the save failed, and shows notices above a dialog', async () => {
    const { page } = s
    await page.goto('/')
    await loadSample(page)
    await page
      .getByRole('button', { name: /^Wonen: / })
      .first()
      .click()
    const dialog = page.getByRole('dialog', { name: /^Wonen — / })
    await expect.poll(() => dialog.count()).toBe(1)
    await dialog.getByRole('textbox', { name: 'Toelichting', exact: true }).fill('Vol of niet')
    await failNextWrite(page, 'chromium-no-space', 'youths')
    await dialog.getByRole('button', { name: 'Opslaan' }).click()

    // Where the user looks: in the dialog, announced, not covered by anything.
    const error = dialog.getByRole('alert').filter({ hasText: 'De opslag is vol' })
    await expect.poll(() => error.count()).toBe(1)
    expect(await onTop(error)).toBe(true)
    expect(
      await dialog.getByRole('textbox', { name: 'Toelichting', exact: true }).inputValue(),
    ).toBe('Vol of niet')
    await expectNoAxeViolations(page, 'assessment dialog on a full disk')

    // Space again: saved; its notice (with Ongedaan maken) stays usable above the next dialog.
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    const notice = page.locator('.notice', { hasText: /Wonen: .* opgeslagen\./ })
    await expect.poll(() => notice.count()).toBe(1)
    await page
      .getByRole('button', { name: /^School[^:]*: / })
      .first()
      .click()
    const next = page.getByRole('dialog', { name: /^School[^—]* — / })
    await expect.poll(() => next.count()).toBe(1)
    await expect.poll(() => onTop(notice)).toBe(true)
    await notice.getByRole('button', { name: 'Ongedaan maken' }).click({ timeout: 5_000 })
    await expect.poll(() => notice.count()).toBe(0)
    expect(await next.count()).toBe(1)
    await expectNoAxeViolations(page, 'notice above an open dialog')
  })
})
