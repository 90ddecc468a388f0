import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { realListOds, realListXlsx, realYouths } from '../fixtures/real-lists'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest({
  setUp: () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-real-'))
    if (shots) mkdirSync(shots, { recursive: true })
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string
/** Screenshots of the wizard steps, for a person to look at (E2E_SHOTS=folder). */
const shots = process.env.E2E_SHOTS

type Page = Session['page']

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
}

async function chooseFile(page: Page, path: string) {
  await page.getByRole('link', { name: 'Importeren' }).click()
  const input = page.getByLabel('Spreadsheet (.xlsx of .csv)')
  await expect.poll(() => input.count()).toBe(1)
  await input.setInputFiles(path)
}

const heading = (page: Page, name: RegExp) => page.getByRole('heading', { name })

describe('importing lists as teams keep them', () => {
  it('imports a real list with no manual mapping, and next month’s list in two clicks', async () => {
    const { page } = s
    const youths = realYouths(12)
    const first = join(dir, 'doorstroomlijst-november.xlsx')
    writeFileSync(first, Buffer.from(await realListXlsx(youths)))
    await page.goto('/')

    await chooseFile(page, first)
    await expect.poll(() => heading(page, /Kolommen koppelen/).count()).toBe(1)
    // The list sheet, below the title, the note and the empty lines, was found by itself.
    expect(await page.getByLabel('Werkblad').inputValue()).toBe('1')
    expect(await page.getByLabel('Rij met kolomnamen').inputValue()).toBe('4')
    expect(await page.getByText(/Rij 5 is als rij met kolomnamen genomen/).count()).toBe(1)
    expect(await page.getByText('14 van 15 kolommen herkend aan hun naam.').count()).toBe(1)
    const field = (column: string) => page.getByLabel(`Veld voor kolom ${column}`).inputValue()
    expect(await field('Geb.dat.')).toBe('birthDate')
    expect(await field('Gem. (wpb)')).toBe('municipalityCode')
    expect(await field('Start plaatsing')).toBe('placementDate')
    expect(await field('Verw. uitstroom')).toBe('expectedOutflowDate')
    expect(await field('18+ plan')).toBe('status:toekomstplan')
    expect(await field('Opmerkingen')).toBe('note')
    expect(await field('Intern')).toBe('')
    expect(await page.getByText(/Nog niet gekoppeld/).count()).toBe(0)
    await expectNoAxeViolations(page, 'import: mapping of a real list')
    await shot(page, '1-mapping')

    await page.getByRole('button', { name: 'Controleren' }).click()
    await expect.poll(() => heading(page, /dit gaat er gebeuren/).count()).toBe(1)
    expect(await page.getByText('Toevoegen').locator('..').textContent()).toContain('12 jongeren')
    expect(await page.getByText('Geen problemen gevonden.').count()).toBe(1)
    await shot(page, '2-preview')
    await page.getByRole('button', { name: 'Import uitvoeren' }).click()
    await expect.poll(() => page.getByText(/12 jongeren toegevoegd/).count()).toBe(1)
    expect(await page.getByText(/De koppeling is onthouden/).count()).toBe(1)

    // The remarks column became the youth's note, shown on the youth page.
    await page.getByRole('link', { name: 'Naar het bord' }).click()
    await page.getByRole('link', { name: 'DL-002' }).click()
    await expect
      .poll(() => page.getByText('Wacht op plek begeleid wonen; gesprek 2 gepland.').count())
      .toBe(1)

    // Next month: the same list with two changes. Choose the file, run: nothing else.
    const changed = youths.map((y, i) =>
      i === 0 ? { ...y, housing: 'groen' } : i === 1 ? { ...y, remarks: 'Plek gevonden.' } : y,
    )
    const second = join(dir, 'doorstroomlijst-december.xlsx')
    writeFileSync(second, Buffer.from(await realListXlsx(changed)))
    await chooseFile(page, second)
    await expect.poll(() => heading(page, /dit gaat er gebeuren/).count()).toBe(1)
    expect(await page.getByText(/Gekoppeld zoals bij uw import van/).count()).toBe(1)
    const changes = page.getByRole('region', { name: /Wijzigingen per jongere \(2\)/ })
    expect(await changes.getByRole('row', { name: /DL-001/ }).textContent()).toContain(
      'Status Wonen: rood → groen',
    )
    expect(await changes.getByRole('row', { name: /DL-002/ }).textContent()).toContain(
      'Plek gevonden.',
    )
    expect(await page.getByText(/10 rijen zonder wijzigingen/).count()).toBe(1)
    await expectNoAxeViolations(page, 'import: preview of a re-import')
    await shot(page, '3-reimport-preview')
    await page.getByRole('button', { name: 'Import uitvoeren' }).click()
    await expect
      .poll(() => page.getByText('0 jongeren toegevoegd en 2 jongeren bijgewerkt.').count())
      .toBe(1)

    // The remembered mapping is listed on the first step and can be forgotten there.
    await page.getByRole('button', { name: 'Nog een bestand importeren' }).click()
    const forget = page.getByRole('button', { name: /Koppeling vergeten: Cliëntnr\./ })
    await expect.poll(() => forget.count()).toBe(1)
    await shot(page, '4-file-step-remembered')
    await forget.click()
    await expect.poll(() => forget.count()).toBe(0)
  })

  it('imports a LibreOffice (.ods) list with no manual mapping', async () => {
    const { page } = s
    const path = join(dir, 'lijst.ods')
    writeFileSync(path, realListOds(realYouths(8)))
    await page.goto('/')
    await chooseFile(page, path)
    await expect.poll(() => heading(page, /Kolommen koppelen/).count()).toBe(1)
    expect(await page.getByText(/Rij 4 is als rij met kolomnamen genomen/).count()).toBe(1)
    expect(await page.getByText('14 van 14 kolommen herkend aan hun naam.').count()).toBe(1)
    await page.getByRole('button', { name: 'Controleren' }).click()
    await expect.poll(() => heading(page, /dit gaat er gebeuren/).count()).toBe(1)
    expect(await page.getByText('Geen problemen gevonden.').count()).toBe(1)
    await page.getByRole('button', { name: 'Import uitvoeren' }).click()
    await expect.poll(() => page.getByText(/8 jongeren toegevoegd/).count()).toBe(1)
  })
})
