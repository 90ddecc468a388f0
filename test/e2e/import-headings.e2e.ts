import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvText, windows1252 } from '../fixtures/import-sheets'
import { expectNoAxeViolations, sessionPerTest } from './browser'

const s = sessionPerTest({
  setUp: () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-headings-'))
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string

/**
 * A list as a team keeps it (fictitious): titles that say little ("Nr", "Woongemeente",
 * "Vorm"), youths grouped under a heading row per locatie with no locatie column, a total and
 * a signature below, saved by Excel as CSV in Windows-1252.
 */
const LIST = [
  ['Nr', 'Roepnaam', 'Geb. datum', 'Woongemeente', 'Vorm', 'Plaatsingsdatum', 'Wonen', 'Intern'],
  ['Locatie Horizon Noord'],
  ['HZ-501', 'Zoë', '14-03-2009', 'Utrecht', 'gezinshuis', '01-09-2024', 'rood', 'x'],
  ['HZ-502', 'Noël', '02-07-2011', 'Zeist', 'open residentieel', '15-02-2025', 'groen', ''],
  ['Locatie De Linde'],
  ['HZ-503', 'Sem', '03-05-2008', 'Amersfoort', 'behandelgroep', '10-10-2025', 'oranje', 'y'],
  ['Totaal: 3 jongeren'],
  ['Getekend', 'A. de Vries'],
]

describe('a list read the way a person reads it', () => {
  it('maps little-saying titles by their content, takes the locatie from heading rows and lists the other lines', async () => {
    const { page } = s
    const path = join(dir, 'jongeren per locatie.csv')
    writeFileSync(path, windows1252(csvText(LIST, ';')))
    await page.goto('/importeren')
    await page.getByLabel('Spreadsheet (.xlsx of .csv)').setInputFiles(path)
    await expect
      .poll(() => page.getByRole('heading', { name: /Kolommen koppelen/ }).count())
      .toBe(1)
    const field = (column: string) => page.getByLabel(`Veld voor kolom ${column}`).inputValue()
    expect(await field('Nr')).toBe('clientRef')
    expect(await field('Woongemeente')).toBe('municipalityCode')
    expect(await field('Vorm')).toBe('livingArrangement')
    expect(await field('Intern')).toBe('')
    expect(
      await page.getByText('Herkend aan de inhoud: alle waarden zijn gemeenten.').count(),
    ).toBe(1)
    await expectNoAxeViolations(page, 'import: mapping by content')

    await page.getByRole('button', { name: 'Controleren' }).click()
    await expect
      .poll(() => page.getByRole('heading', { name: /dit gaat er gebeuren/ }).count())
      .toBe(1)
    const lines = page.getByRole('region', { name: '4 regels die geen jongere zijn' })
    await expect.poll(() => lines.count()).toBe(1)
    for (const text of ['Locatie Horizon Noord', 'Locatie De Linde', 'Totaal: 3 jongeren']) {
      expect(await lines.getByRole('cell', { name: text, exact: true }).count()).toBe(1)
    }
    expect(await page.getByText(/kopregel erboven/).count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'Geen problemen' }).count()).toBe(0)
    await expectNoAxeViolations(page, 'import: preview with heading rows')
    await page.getByRole('button', { name: 'Import uitvoeren' }).click()
    await expect.poll(() => page.getByText('Import voltooid').count()).toBe(1)
    expect(await page.getByText('3 jongeren toegevoegd en 0 jongeren bijgewerkt.').count()).toBe(1)

    await page.getByRole('link', { name: 'Bord', exact: true }).click()
    const row = (ref: string) =>
      page.getByRole('row').filter({ has: page.getByRole('link', { name: ref }) })
    await expect.poll(() => row('HZ-501').count()).toBe(1)
    expect(await row('HZ-501').getByText('Horizon Noord').count()).toBeGreaterThan(0)
    expect(await row('HZ-503').getByText('De Linde').count()).toBeGreaterThan(0)
    expect(await row('HZ-501').getByRole('button', { name: 'Wonen: rood' }).count()).toBe(1)
  })
})
