import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_CSV_DUTCH, sampleXlsx } from '../fixtures/import-sheets'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest({
  setUp: () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-import-'))
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string

type Page = Session['page']

async function importFile(page: Page, path: string) {
  await page.getByRole('link', { name: 'Importeren' }).click()
  const input = page.getByLabel('Spreadsheet (.xlsx of .csv)')
  await expect.poll(() => input.count()).toBe(1)
  await expectNoAxeViolations(page, 'import: choose a file')
  await input.setInputFiles(path)
  await expect.poll(() => page.getByRole('heading', { name: /Kolommen koppelen/ }).count()).toBe(1)
  expect(await page.getByLabel('Veld voor kolom Geb. datum').inputValue()).toBe('birthDate')
  await expectNoAxeViolations(page, 'import: column mapping')
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect
    .poll(() => page.getByRole('heading', { name: /dit gaat er gebeuren/ }).count())
    .toBe(1)
  await expectNoAxeViolations(page, 'import: preview')
  await page.getByRole('button', { name: 'Import uitvoeren' }).click()
  await expect.poll(() => page.getByText('Import voltooid').count()).toBe(1)
}

/** The three sample youths are on the board with the statuses from the sheet. */
async function expectSampleOnBoard(page: Page) {
  const row = (ref: string) =>
    page.getByRole('row').filter({ has: page.getByRole('link', { name: ref }) })
  await expect.poll(() => row('IMP-001').count()).toBe(1)
  const expected = {
    'IMP-001': ['Wonen: rood', 'School & dagbesteding: oranje', 'Toekomstplan 18+: groen'],
    'IMP-002': ['Wonen: oranje', 'School & dagbesteding: groen', 'Toekomstplan 18+: n.v.t.'],
    'IMP-003': ['Wonen: groen', 'School & dagbesteding: rood', 'Toekomstplan 18+: oranje'],
  }
  for (const [ref, cells] of Object.entries(expected)) {
    for (const name of cells) {
      expect(await row(ref).getByRole('button', { name }).count(), `${ref} ${name}`).toBe(1)
    }
  }
  expect(await page.getByText('3 jongeren', { exact: true }).count()).toBe(1)
}

/** Instellingen › Back-up (the encryption section offers its own "Back-up maken" too). */
function backupSection(page: Page) {
  return page.getByRole('region', { name: 'Back-up', exact: true })
}

async function makeBackup(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Instellingen' }).click()
  const section = backupSection(page)
  const make = section.getByRole('button', { name: 'Back-up maken' })
  await expect.poll(() => make.count()).toBe(1)
  // The status line appears once its query has answered, possibly after the button.
  await expect
    .poll(() => section.getByText('In deze browser is nog geen back-up gemaakt.').count())
    .toBe(1)
  await expectNoAxeViolations(page, 'settings with the back-up section')
  const [download] = await Promise.all([page.waitForEvent('download'), make.click()])
  expect(download.suggestedFilename()).toMatch(
    /^doorstroombord-back-up-\d{4}-\d{2}-\d{2}-\d{4}\.json$/,
  )
  const path = join(dir, download.suggestedFilename())
  await download.saveAs(path)
  await expect
    .poll(() => page.getByText(/^Laatste back-up: \d{2}-\d{2}-\d{4} \d{2}:\d{2}\.$/).count())
    .toBe(1)
  return path
}

/** Loses all data, as a wiped browser profile would: the database is deleted. */
async function deleteAllData(page: Page) {
  // Leave the app first, so no open connection holds the database.
  await page.goto('/favicon.svg')
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('doorstroombord')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(new Error('delete failed'))
      }),
  )
  await page.goto('/')
  await expect
    .poll(() => page.getByRole('heading', { name: 'Nog geen jongeren op het bord' }).count())
    .toBe(1)
}

async function openRestore(page: Page, path: string) {
  await page.getByRole('link', { name: 'Instellingen' }).click()
  await backupSection(page).getByRole('button', { name: 'Back-up terugzetten' }).click()
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' })
  await dialog.getByLabel('Back-upbestand (.json)').setInputFiles(path)
  return dialog
}

describe('import, back-up and restore', () => {
  it('imports a spreadsheet, backs up, loses everything, restores and finds it all again', async () => {
    const { page } = s
    const sheet = join(dir, 'jongeren.xlsx')
    writeFileSync(sheet, Buffer.from(await sampleXlsx()))
    await page.goto('/')
    await importFile(page, sheet)
    await page.getByRole('link', { name: 'Naar het bord' }).click()
    await expectSampleOnBoard(page)

    const backup = await makeBackup(page)
    // Layout 2: a JSON array of a header, batches of records and an end line.
    const [header, ...lines] = JSON.parse(readFileSync(backup, 'utf8')) as [
      { format: string },
      ...{ table?: string; records?: unknown[] }[],
    ]
    const records = (table: string) =>
      lines.filter((l) => l.table === table).flatMap((l) => l.records ?? [])
    expect(header.format).toBe('doorstroombord-backup')
    expect(records('youths')).toHaveLength(3)
    expect(records('assessments')).toHaveLength(9)

    await deleteAllData(page)
    const dialog = await openRestore(page, backup)
    await expect.poll(() => dialog.getByText('Het bestand is in orde.').count()).toBe(1)
    await expectNoAxeViolations(page, 'restore dialog, file checked')
    await dialog.getByRole('button', { name: 'Back-up terugzetten' }).click()
    await expect.poll(() => page.getByText('De back-up is teruggezet.').count()).toBe(1)

    await page.getByRole('link', { name: 'Bord' }).click()
    await expectSampleOnBoard(page)
    // The history came back too: the youth page still shows who imported what.
    await page.getByRole('link', { name: 'IMP-001' }).click()
    await expect.poll(() => page.getByText(/Wonen.*rood/).count()).toBeGreaterThan(0)
    await page.reload()
    await expect.poll(() => page.getByRole('heading', { name: /IMP-001/ }).count()).toBe(1)
  })

  it('refuses a damaged back-up with a clear message and keeps the board as it was', async () => {
    const { page } = s
    const csv = join(dir, 'jongeren.csv')
    writeFileSync(csv, SAMPLE_CSV_DUTCH())
    await page.goto('/')
    await importFile(page, csv)
    const backup = await makeBackup(page)
    const text = readFileSync(backup, 'utf8')
    const truncated = join(dir, 'afgebroken.json')
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)))

    const dialog = await openRestore(page, truncated)
    const alert = dialog.getByRole('alert')
    await expect.poll(() => alert.count()).toBe(1)
    expect(await alert.textContent()).toMatch(/beschadigd of onvolledig.*Er is niets gewijzigd/)
    expect(await dialog.getByRole('button', { name: 'Back-up terugzetten' }).isDisabled()).toBe(
      true,
    )
    await expectNoAxeViolations(page, 'restore dialog with an error')
    await dialog.getByRole('button', { name: 'Annuleren' }).click()
    await page.getByRole('link', { name: 'Bord' }).click()
    await expectSampleOnBoard(page)
  })
})
