import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { ExchangeFile } from '../../src/domain/exchange/exchange-schema-v2'
import type { Session } from './browser'

// Steps and look-ups that the Gemeente-overzicht end-to-end tests share (municipal.e2e.ts).

type Page = Session['page']

/** Downloaded and written files; `removeSaved` deletes them after each test. */
const saved: string[] = []

export function removeSaved() {
  for (const path of saved.splice(0)) rmSync(path, { force: true, recursive: true })
}

/** "1.234" → 1234 */
export const dutchNumber = (text: string | null) =>
  Number((text ?? '').trim().replace(/\./g, '').replace(',', '.'))

/** A path in a fresh folder, so a file keeps its own name (the dialog shows it). */
export function tempPath(name: string) {
  const folder = mkdtempSync(join(tmpdir(), 'municipal-e2e-'))
  saved.push(folder)
  return join(folder, name)
}

export async function openWithSamples(page: Page) {
  await page.goto('/gemeente-overzicht')
  await page.getByRole('button', { name: 'Voorbeeldbestanden laden' }).click()
  await expect
    .poll(() => page.getByRole('heading', { name: '1. Kerncijfers' }).count(), { timeout: 30_000 })
    .toBe(1)
}

export async function openLoadDialog(page: Page) {
  await page.getByRole('button', { name: 'Uitwisselbestanden laden' }).click()
  const dialog = page.getByRole('dialog', { name: 'Uitwisselbestanden laden' })
  await expect.poll(() => dialog.isVisible()).toBe(true)
  return dialog
}

export interface Sample {
  name: string
  path: string
  file: ExchangeFile
}

/**
 * Downloads, through "Voorbeeldbestanden downloaden" in the load dialog, the sample files of
 * the newest ronde: the same files that Voorbeeldbestanden laden stored.
 */
export async function downloadNewestSamples(page: Page): Promise<Sample[]> {
  const dialog = await openLoadDialog(page)
  await dialog.getByText('Voorbeeldbestanden downloaden').click()
  const newest = dialog.locator('.sample-downloads section').first()
  await expect.poll(() => newest.getByRole('button').count()).toBeGreaterThan(3)
  const samples: Sample[] = []
  for (const button of await newest.getByRole('button').all()) {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    const path = tempPath(download.suggestedFilename())
    await download.saveAs(path)
    const file = JSON.parse(readFileSync(path, 'utf8')) as ExchangeFile
    samples.push({ name: download.suggestedFilename(), path, file })
  }
  await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click()
  await expect.poll(() => dialog.count()).toBe(0)
  return samples
}

/** A cell of a numbered table, found by the start of its row and its column header. */
export async function tableCell(page: Page, table: RegExp, row: RegExp, column: string) {
  const t = page.getByRole('table', { name: table })
  // A report's tables render once its settings are read, a moment after its heading.
  await t.first().waitFor()
  const headers = (await t.locator('thead th').allTextContents()).map((h) => h.trim())
  const index = headers.indexOf(column)
  expect(index, `${column} in ${headers.join(' | ')}`).toBeGreaterThan(-1)
  return t.getByRole('row', { name: row }).locator('th, td').nth(index).textContent()
}

/** Youths of the files, each provider's cliëntnummer once (as the files' own rows say). */
export function distinctRows(samples: readonly Sample[]) {
  const rows = new Map<string, ExchangeFile['youths'][number] & { provider: string }>()
  for (const { file } of samples) {
    for (const y of file.youths)
      rows.set(`${file.provider.name}|${y.clientRef}`, { ...y, provider: file.provider.name })
  }
  return [...rows.values()]
}

/** A daily tariff for Gezinshuis in Instellingen, so the overview prices the days past. */
export async function setTariff(page: Page, amount = '250') {
  await page.goto('/instellingen')
  await page.getByLabel('Dagtarief Gezinshuis').fill(amount)
  await page.getByRole('button', { name: 'Opslaan' }).first().click()
  await expect.poll(() => page.getByText('Instellingen opgeslagen.').count()).toBe(1)
}

/** Writes files built in the test and loads them all through Uitwisselbestanden laden. */
export async function loadBuiltFiles(page: Page, files: readonly [string, unknown][]) {
  await page.goto('/gemeente-overzicht')
  const paths = files.map(([name, content]) => {
    const path = tempPath(name)
    writeFileSync(path, JSON.stringify(content))
    return path
  })
  const dialog = await openLoadDialog(page)
  await dialog.getByLabel('Bestanden kiezen').setInputFiles(paths)
  await dialog.getByRole('button', { name: `${files.length} bestanden laden` }).click()
  await dialog.getByRole('button', { name: 'Klaar' }).click()
  await expect
    .poll(() => page.getByRole('heading', { name: '1. Kerncijfers' }).count(), { timeout: 30_000 })
    .toBe(1)
}
