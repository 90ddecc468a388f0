import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { municipalWorkbook } from '../../src/export/municipal/municipal-workbook'
import { nl } from '../../src/i18n/nl'
import { fixtureOverview, HYPERLINK } from '../fixtures/municipal-overview'

/**
 * The Gemeente-overzicht workbook as another spreadsheet program sees it: LibreOffice Calc,
 * headless, prints it to PDF and saves it again as .xlsx. What an account manager gets on
 * paper and what survives a second program must match what we wrote.
 */
const dir = mkdtempSync(join(tmpdir(), 'dsb-libreoffice-'))
const source = join(dir, 'overzicht.xlsx')

function soffice(...args: string[]) {
  // Its own profile: a LibreOffice that is already open elsewhere cannot get in the way.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args],
    { stdio: 'pipe', timeout: 180_000 },
  )
}

/** The fixture's workbook took 18 pages (2026-12-06); 50 or more once, sheets two pages wide. */
const MAX_PAGES = 20

const pdfText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  })

beforeAll(async () => {
  const { overview, agreements } = fixtureOverview()
  const blob = await municipalWorkbook(overview, agreements, nl, {
    created: new Date('2026-04-02T10:00:00.000Z'),
  })
  writeFileSync(source, Buffer.from(await blob.arrayBuffer()))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the Gemeente-overzicht workbook in LibreOffice', () => {
  it('prints every sheet one page wide on A4 landscape, in reading order, with the ronde and page numbers', () => {
    soffice('--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), source)
    const pdf = join(dir, 'pdf', 'overzicht.pdf')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    // One page wide, a sheet takes only the pages its rows need: the sample providers' youths
    // of one gemeente fit in well under the 50 pages the workbook once took.
    expect(pages).toBeGreaterThanOrEqual(7)
    expect(pages).toBeLessThanOrEqual(MAX_PAGES)
    // Every page landscape A4 (842 × 595 points).
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], {
      encoding: 'utf8',
    }).match(/^Page\s+\d+ size:.*$/gm)
    expect(sizes).toHaveLength(pages)
    for (const size of sizes ?? []) expect(size).toMatch(/841\.\d+ x 595\.\d+ pts/)
    const text = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1))
    text.forEach((page, i) => {
      expect(page).toContain("Gemeente-overzicht Gemeente 's-Gravenhage · ronde 29-03-2026")
      expect(page).toContain(`Pagina ${i + 1} van ${pages}`)
    })
    // Each sheet starts on its own page, in order, its title whole on one line.
    const starts = [
      'Tabel 1. Kerncijfers van de ronde',
      'Tabel 15. Per aanbieder',
      'Tabel 16. Knelpunten per code en aanbieder, en per eigenaar (lijst om te filteren)',
      'Tabel 17. Jongeren van de ronde',
      'Tabel 18. Signalen van de aanbieders',
      'Tabel 19. Afspraken van deze ronde',
      'Tabel 20. Over dit overzicht',
    ]
    const firstPages = starts.map((title) => text.findIndex((page) => page.includes(title)))
    expect(firstPages.every((p) => p >= 0)).toBe(true)
    expect([...firstPages].sort((a, b) => a - b)).toEqual(firstPages)
    // One page wide: every page of a list repeats its whole header row, first column to last,
    // so no page holds only the right-hand part of its rows.
    const lists: [number, RegExp, RegExp][] = [
      [1, /Aanbieder/, /Toelichting/],
      [2, /Indeling/, /Streefdatum/],
      [3, /Aanbieder/, /Verandering/],
      [5, /Aanbieder/, /Afgerond/],
    ]
    for (const [sheet, first, last] of lists) {
      const sheetPages = text.slice(firstPages[sheet], firstPages[sheet + 1])
      for (const page of sheetPages) {
        expect(page).toMatch(first)
        expect(page).toMatch(last)
      }
    }
    const youthPages = text.slice(firstPages[3], firstPages[4])
    expect(youthPages[0]).toMatch(/Aanbieder\s+Peildatum\s+Cliëntnummer\s+Totaalstatus/)
    // An afspraak's text is on the same page as its provider and knelpunt.
    const agreement = text.find((page) => page.includes('Twee extra plekken kamertraining'))
    expect(agreement).toContain('Stichting De Linde (fictief)')
    expect(agreement).toMatch(/WON-2\s+Wacht op plek vervolgvoorziening/)
  })

  it('keeps sheets, statuses, n.b. and neutralised text when saved again, and runs no formula', async () => {
    soffice('--convert-to', 'xlsx', '--outdir', join(dir, 'xlsx'), source)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      new Uint8Array(readFileSync(join(dir, 'xlsx', 'overzicht.xlsx'))).buffer,
    )
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Per aanbieder',
      'Knelpunten',
      'Jongeren',
      'Signalen',
      'Afspraken',
      'Toelichting',
    ])
    const values: unknown[] = []
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
          values.push(cell.value)
        }),
      ),
    )
    expect(values).toContain(`'${HYPERLINK}`)
    expect(values).toContain("'@Aanbieder Injectie (test)")
    expect(values).toContain('n.b.')
    const youths = workbook.getWorksheet('Jongeren') as ExcelJS.Worksheet
    const status = youths.getRow(4).getCell(4)
    expect(status.value).toBe('rood')
    expect(status.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFBE4E4' } })
  })
})
