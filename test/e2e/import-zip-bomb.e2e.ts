import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { odsBomb, xlsxBomb } from '../fixtures/zip-bombs'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest({
  setUp: () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-bomb-'))
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string

type Page = Session['page']

/** Counts timer ticks in the page: a frozen page stops ticking. */
async function startHeartbeat(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { beats: number[] }
    w.beats = []
    setInterval(() => w.beats.push(performance.now()), 50)
  })
}

/** The longest time between two ticks since the heartbeat started (ms). */
const longestPause = (page: Page) =>
  page.evaluate(() => {
    const { beats } = window as unknown as { beats: number[] }
    return Math.max(...beats.slice(1).map((t, i) => t - (beats[i] ?? t)))
  })

async function refusedInTime(page: Page, path: string, name: string) {
  await page.goto('/importeren')
  const input = page.getByLabel('Spreadsheet (.xlsx of .csv)')
  await expect.poll(() => input.count()).toBe(1)
  await startHeartbeat(page)
  const start = Date.now()
  await input.setInputFiles(path)
  const refusal = page.getByText(
    new RegExp(
      `"${name}" wordt niet geopend: uitgepakt zou deze werkmap \\d+ MB zijn.*Er is niets veranderd\\.`,
    ),
  )
  // Not expect.poll: a frozen page would hold each poll; the clock here keeps running.
  await refusal.waitFor({ timeout: 2_000 })
  expect(Date.now() - start).toBeLessThan(2_000)
  // The page kept responding all along: its timers ran, and a button still reacts.
  expect(await longestPause(page)).toBeLessThan(500)
  await page.getByRole('button', { name: 'English' }).click({ timeout: 1_000 })
  await expect.poll(() => page.getByRole('button', { name: 'Nederlands' }).count()).toBe(1)
  await page.getByRole('button', { name: 'Nederlands' }).click()
  // Nothing changed: the file can be chosen again, and the board is still empty.
  expect(await input.isEnabled()).toBe(true)
  await expectNoAxeViolations(page, 'import: a zip bomb refused')
  await page.getByRole('link', { name: 'Bord', exact: true }).click()
  await expect.poll(() => page.getByText('Nog geen jongeren op het bord').count()).toBe(1)
}

describe('a workbook that unpacks to hundreds of megabytes', () => {
  it('is refused as .xlsx within 2 seconds, by name, while the page keeps responding', async () => {
    const path = join(dir, 'doorstroomlijst-bom.xlsx')
    const bomb = xlsxBomb(300)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    writeFileSync(path, bomb)
    await refusedInTime(s.page, path, 'doorstroomlijst-bom.xlsx')
  })

  it('is refused as .ods the same way', async () => {
    const path = join(dir, 'doorstroomlijst-bom.ods')
    writeFileSync(path, odsBomb(300))
    await refusedInTime(s.page, path, 'doorstroomlijst-bom.ods')
  })
})
