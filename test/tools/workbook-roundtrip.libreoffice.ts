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
  it('prints every sheet on A4 landscape with the ronde and page numbers in the footer', () => {
    soffice('--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), source)
    const pdf = join(dir, 'pdf', 'overzicht.pdf')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    // At least one page per sheet; landscape A4 (842 × 595 points).
    expect(pages).toBeGreaterThanOrEqual(7)
    expect(info).toMatch(/^Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/m)
    const text = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1))
    text.forEach((page, i) => {
      expect(page).toContain("Gemeente-overzicht Gemeente 's-Gravenhage · ronde 29-03-2026")
      expect(page).toContain(`Pagina ${i + 1} van ${pages}`)
    })
    // Each sheet starts on its own page, in order; a list repeats its header row.
    const starts = [
      'Tabel 1. Kerncijfers van de ronde',
      'Tabel 12. Per aanbieder',
      'Tabel 13. Knelpunten per code en aanbieder',
      'Tabel 14. Jongeren van de ronde',
      'Tabel 15. Signalen van de aanbieders',
      'Tabel 16. Afspraken van deze ronde',
      'Tabel 17. Over dit overzicht',
    ]
    const firstPages = starts.map((title) => text.findIndex((page) => page.includes(title)))
    expect(firstPages.every((p) => p >= 0)).toBe(true)
    expect([...firstPages].sort((a, b) => a - b)).toEqual(firstPages)
    // The Jongeren go across pages: each page repeats the header row and the columns that say
    // whose row it is.
    const youthPages = text.slice(firstPages[3], firstPages[4])
    expect(youthPages.length).toBeGreaterThan(1)
    for (const page of youthPages) {
      expect(page).toMatch(/Aanbieder\s+Peildatum\s+Cliëntnummer/)
    }
    expect(youthPages[0]).toMatch(/Cliëntnummer\s+Totaalstatus/)
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
