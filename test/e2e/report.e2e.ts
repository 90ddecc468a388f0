import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest({
  cleanup: () => {
    for (const path of saved.splice(0)) rmSync(path, { force: true })
  },
})
/** Downloaded files, removed after each test. */
const saved: string[] = []

type Page = Session['page']

async function openReportWithSampleData(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
  await expect.poll(() => page.getByText('60 fictieve jongeren geladen.').count()).toBe(1)
  await page.getByRole('link', { name: 'Rapportage' }).click()
  await expect
    .poll(() => page.getByRole('heading', { name: '1. Kerncijfers' }).count(), { timeout: 20_000 })
    .toBe(1)
}

/** The number in the Waarde column of a row of Tabel 1 (Dutch format, "1.234" → 1234). */
async function keyFigure(page: Page, row: string): Promise<number> {
  const table = page.getByRole('table', { name: /^Tabel 1\. Kerncijfers/ })
  const text = await table.getByRole('row', { name: row }).locator('td').first().textContent()
  return Number((text ?? '').replace(/\./g, '').replace(',', '.'))
}

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = join(tmpdir(), `report-e2e-${Date.now()}-${file.suggestedFilename()}`)
  await file.saveAs(path)
  saved.push(path)
  return { name: file.suggestedFilename(), path }
}

describe('the Rapportage', () => {
  it('shows all sections with Dutch numbers and no accessibility violations', async () => {
    const { page } = s
    await openReportWithSampleData(page)
    for (const name of [
      '2. Stoplicht',
      '3. Knelpunten',
      '4. 18+',
      '5. Jongerenlijst',
      '6. Signalen',
      '7. Toelichting',
    ]) {
      expect(await page.getByRole('heading', { name }).count()).toBe(1)
    }
    const stay = await page
      .getByRole('table', { name: /^Tabel 1\./ })
      .getByRole('row', { name: /Verblijfsduur gemiddeld/ })
      .textContent()
    expect(stay).toMatch(/\d+,\d$/) // decimal comma
    expect(await page.getByRole('img', { name: /^Figuur 2\. Totaalstatus/ }).count()).toBe(1)
    await expectNoAxeViolations(page, 'report')
    await page.getByLabel('Gemeente of jeugdregio').selectOption({ label: 'Rotterdam' })
    await expect.poll(() => page.getByText(/— Rotterdam$/).count()).toBe(1)
    await expectNoAxeViolations(page, 'report for one gemeente')
  })

  it('exports to Excel: the downloaded file opens with the sheets, header and figures of the screen', async () => {
    const { page } = s
    await openReportWithSampleData(page)
    const placed = await keyFigure(page, 'Geplaatste jongeren op de peildatum')
    const peildatum = await page
      .getByRole('term')
      .filter({ hasText: /^Peildatum$/ })
      .locator('xpath=following-sibling::dd')
      .textContent()

    const file = await download(page, 'Exporteren naar Excel')
    expect(file.name).toMatch(
      /^Rapportage_Stichting-De-Verre-Horizon-fictief_alle-gemeenten_peildatum-\d{4}-\d{2}-\d{2}\.xlsx$/,
    )
    await expect.poll(() => page.getByText(`Gedownload: ${file.name}`).count()).toBe(1)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(readFileSync(file.path)).buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Jongeren',
      'Knelpunten',
      'Toelichting',
    ])
    const summary = workbook.getWorksheet('Samenvatting') as ExcelJS.Worksheet
    expect(summary.getCell('A2').text).toContain(`peildatum ${peildatum ?? ''}`)
    const youths = workbook.getWorksheet('Jongeren') as ExcelJS.Worksheet
    expect(youths.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(youths.getRow(3).values).not.toContain('Roepnaam/initialen')
    expect(youths.rowCount - 3).toBe(placed)
    const header = youths.getRow(3).values as unknown[]
    const total = youths.getRow(4).getCell(header.indexOf('Totaalstatus'))
    expect(total.value).toBe('rood') // red first
    expect(total.fill).toMatchObject({ fgColor: { argb: 'FFFBE4E4' } })
    const placedOn = youths.getRow(4).getCell(header.indexOf('Plaatsingsdatum')).value
    expect(placedOn).toBeInstanceOf(Date)
  })

  it('exports the Jongerenlijst as Dutch CSV and makes a valid exchange file', async () => {
    const { page } = s
    await openReportWithSampleData(page)
    const placed = await keyFigure(page, 'Geplaatste jongeren op de peildatum')
    const csv = await download(page, 'Exporteren als CSV')
    const text = readFileSync(csv.path, 'utf8')
    expect(text.startsWith('\uFEFFCliëntnummer;')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
    expect(rows).toHaveLength(placed + 1)
    expect(rows[1]?.[rows[0]?.indexOf('Plaatsingsdatum') ?? -1]).toMatch(/^\d{2}-\d{2}-\d{4}$/)

    const exchange = await download(page, 'Uitwisselbestand maken')
    const json = JSON.parse(readFileSync(exchange.path, 'utf8')) as Record<string, unknown>
    expect(json).toMatchObject({
      format: 'doorstroombord-uitwissel',
      version: 2,
      includesNames: false,
    })
    expect((json.youths as unknown[]).length).toBe(placed)
    // The board's provider key, made on first use and the same in the next file.
    const id = (json.provider as { id: string }).id
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const again = await download(page, 'Uitwisselbestand maken')
    const second = JSON.parse(readFileSync(again.path, 'utf8')) as { provider: { id: string } }
    expect(second.provider.id).toBe(id)
  })

  it('prints as an A4-landscape report without the screen controls', async () => {
    const { page } = s
    await openReportWithSampleData(page)
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.getByRole('button', { name: 'Afdrukken' }).click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Exporteren naar Excel' }).isVisible()).toBe(
      false,
    )
    expect(await page.getByLabel('Periode').isVisible()).toBe(false)
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false)
    expect(await page.getByRole('heading', { name: '5. Jongerenlijst' }).isVisible()).toBe(true)
    expect(await page.getByText('Geen signalen vastgelegd.').isVisible()).toBe(true)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const raw = pdf.toString('latin1')
    expect(raw.startsWith('%PDF')).toBe(true)
    // A4 landscape: 842 × 595 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw)
    expect(Math.round(Number(box?.[1]))).toBe(842)
    expect(Math.round(Number(box?.[2]))).toBe(595)
    expect((raw.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1)
  })

  it('keeps the figures of an ended period after a later change; the voorlopig one follows', async () => {
    const { page } = s
    await openReportWithSampleData(page)
    const perPrecondition = page.getByRole('table', {
      name: /^Tabel 6\. Status per randvoorwaarde/,
    })
    const wonen = perPrecondition.getByRole('row', { name: /^Wonen/ })
    const endedBefore = await perPrecondition.textContent()
    const periods = page.getByLabel('Periode')
    const current = (await periods.locator('option').first().textContent()) ?? ''
    expect(current).toMatch(/\(voorlopig\)$/)
    await periods.selectOption({ label: current })
    await expect.poll(() => page.getByText(/— Voorlopig$/).count()).toBe(1)
    const currentBefore = await wonen.textContent()

    await page.getByRole('link', { name: 'Bord' }).click()
    await page.getByRole('button', { name: 'Wonen: rood' }).first().click()
    const editor = page.getByRole('dialog', { name: /^Wonen — / })
    await editor.getByRole('radio', { name: 'Wonen: groen' }).check()
    await editor.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => editor.count()).toBe(0)

    await page.getByRole('link', { name: 'Rapportage' }).click()
    await expect.poll(() => perPrecondition.count(), { timeout: 20_000 }).toBe(1)
    expect(await perPrecondition.textContent()).toBe(endedBefore)
    await periods.selectOption({ label: current })
    await expect.poll(() => page.getByText(/— Voorlopig$/).count()).toBe(1)
    await expect.poll(() => wonen.textContent()).not.toBe(currentBefore)
  })
})
