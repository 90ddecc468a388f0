import ExcelJS from 'exceljs'
import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { fixtureExport } from '../../test/fixtures/report-test-data'
import type { ExportSheet } from '../tables/table'
import { writeXlsx, type PrintSetup } from './xlsx'

const created = new Date('2026-05-20T10:30:00.000Z')

/** The workbook as the report screen writes it: for print, with its footer. */
async function workbookOf({ sheets, print }: { sheets: ExportSheet[]; print?: PrintSetup }) {
  const bytes = await writeXlsx(sheets, { creator: 'Doorstroombord', created, print })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer)
  return { bytes, workbook }
}

/** The row in a sheet whose first cell is `first`. */
function rowStarting(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined
  sheet.eachRow((row) => {
    if (row.getCell(1).value === first) found = row
  })
  if (!found) throw new Error(`no row starting with ${first}`)
  return found
}

function headerIndex(row: ExcelJS.Row, header: string): number {
  const values = row.values as unknown[]
  const index = values.indexOf(header)
  if (index < 1) throw new Error(`no column ${header}`)
  return index
}

describe('the Excel export', () => {
  it('has the sheets Samenvatting, Jongeren, Knelpunten and Toelichting', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Jongeren',
      'Knelpunten',
      'Toelichting',
    ])
    expect(workbook.creator).toBe('Doorstroombord')
  })

  it('freezes the header rows and puts an autofilter on the list sheets', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    const youths = workbook.getWorksheet('Jongeren') as ExcelJS.Worksheet
    expect(youths.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 })
    // 19 columns (A–S) from the header row 3 down to the last youth in row 7.
    expect(youths.autoFilter).toBe('A3:S7')
    expect(youths.getRow(3).getCell(1).value).toBe('Cliëntnummer')
    expect(youths.getRow(3).getCell(1).font?.bold).toBe(true)
    const summary = workbook.getWorksheet('Samenvatting') as ExcelJS.Worksheet
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(summary.getCell('A2').value).toBe(
      'Periode 16-02-2026 t/m 29-03-2026 · peildatum 29-03-2026',
    )
    const bottlenecks = workbook.getWorksheet('Knelpunten') as ExcelJS.Worksheet
    expect(bottlenecks.autoFilter).toMatch(/^A3:H\d+$/)
  })

  it('writes the youths red first with real dates, numbers and status cells in colour with the word', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    const sheet = workbook.getWorksheet('Jongeren') as ExcelJS.Worksheet
    const header = sheet.getRow(3)
    expect([4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(1).value)).toEqual([
      'H-01',
      'H-02',
      'H-05',
      'H-03',
    ])
    const h1 = sheet.getRow(4)
    const placed = h1.getCell(headerIndex(header, 'Plaatsingsdatum'))
    expect(placed.value).toEqual(new Date(Date.UTC(2025, 2, 1)))
    expect(placed.numFmt).toBe('dd-mm-yyyy')
    expect(h1.getCell(headerIndex(header, 'Verblijfsduur (dagen)')).value).toBe(393)
    expect(h1.getCell(headerIndex(header, 'Dagen over beoogde uitstroomdatum')).value).toBe(28)
    const wonen = h1.getCell(headerIndex(header, 'Wonen'))
    expect(wonen.value).toBe('rood')
    expect(wonen.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBE4E4' } })
    const total = sheet.getRow(7).getCell(headerIndex(header, 'Totaal'.concat('status')))
    expect(total.value).toBe('groen')
    expect(total.fill).toMatchObject({ fgColor: { argb: 'FFE1F2E5' } })
    expect(h1.getCell(headerIndex(header, 'Verandering sinds vorige peildatum')).value).toBe(
      'slechter',
    )
  })

  it('gives columns widths that fit their contents', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    const sheet = workbook.getWorksheet('Jongeren') as ExcelJS.Worksheet
    const header = sheet.getRow(3)
    const width = (name: string) => sheet.getColumn(headerIndex(header, name)).width ?? 0
    expect(width('Acties (eigenaar, streefdatum)')).toBeGreaterThan(width('Leeftijd'))
    expect(width('Plaatsingsdatum')).toBeGreaterThanOrEqual(12)
    sheet.columns.forEach((column) => expect(column.width ?? 0).toBeLessThanOrEqual(62))
  })

  it('prints on A4 landscape, fitted to the width only, titles repeated, peildatum and page in the footer', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToHeight: 0,
        printTitlesRow: '1:3',
      })
      expect(sheet.headerFooter.oddFooter, sheet.name).toBe(
        '&LDoorstroombord · rapportage · peildatum 29-03-2026&RPagina &P van &N',
      )
    }
    const summary = workbook.getWorksheet('Samenvatting') as ExcelJS.Worksheet
    expect(summary.pageSetup.fitToWidth).toBe(1)
  })

  it('keeps every printed page readable: about 140 characters fit across A4 landscape', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    for (const sheet of workbook.worksheets) {
      const width = sheet.columns.reduce((sum, column) => sum + (column.width ?? 0), 0)
      // 0.5 inch margins leave about 10.7 inch: some 140 characters of Excel's column width.
      const scale = (140 * (sheet.pageSetup.fitToWidth ?? 1)) / width
      expect(scale, sheet.name).toBeGreaterThanOrEqual(0.7)
    }
    // A list too wide for one page goes across pages with the cliëntnummer repeated.
    const youths = workbook.getWorksheet('Jongeren') as ExcelJS.Worksheet
    expect(youths.pageSetup.fitToWidth).toBeGreaterThan(1)
    expect(youths.pageSetup.printTitlesColumn).toBe('A:A')
  })

  it('makes a row with wrapped text tall enough to show every line', async () => {
    const { workbook } = await workbookOf(fixtureExport())
    const sheet = workbook.getWorksheet('Toelichting') as ExcelJS.Worksheet
    const row = rowStarting(sheet, 'Toekomstplan 18+')
    const texts = (row.values as unknown[]).filter((v): v is string => typeof v === 'string')
    const longest = Math.max(...texts.map((v) => v.length))
    expect(longest).toBeGreaterThan(100)
    expect(row.height).toBeGreaterThanOrEqual(15 * 4)
  })

  it('leaves roepnaam/initialen out unless asked for, and then neutralises formulas', async () => {
    const without = (await workbookOf(fixtureExport(false))).workbook
    const plain = without.getWorksheet('Jongeren') as ExcelJS.Worksheet
    expect(plain.getRow(3).values).not.toContain('Roepnaam/initialen')
    const texts: unknown[] = []
    without.eachSheet((sheet) => sheet.eachRow((row) => texts.push(...(row.values as unknown[]))))
    expect(texts).not.toContain('Anna')

    const named = (await workbookOf(fixtureExport(true))).workbook
    const sheet = named.getWorksheet('Jongeren') as ExcelJS.Worksheet
    const column = headerIndex(sheet.getRow(3), 'Roepnaam/initialen')
    expect(rowStarting(sheet, 'H-01').getCell(column).value).toBe('Anna')
    expect(rowStarting(sheet, 'H-05').getCell(column).value).toBe(`'=HYPERLINK("x")`)
  })

  it('neutralises every risky text cell and writes no formulas', async () => {
    const risky = ['=1+2', '+31 6', '-2', '@SUM(A1)', '\tTAB', '\rCR', '\nLF', '\0NUL', 'gewoon']
    const { workbook } = await workbookOf({
      sheets: [
        {
          name: 'Test',
          headingLines: ['=kop'],
          list: true,
          tables: [
            {
              title: 'Tabel',
              headers: ['Tekst', '=Kolom'],
              rows: risky.map((value) => [
                { kind: 'text', value },
                { kind: 'status', value: 'rood', label: value },
              ]),
            },
          ],
        },
      ],
    })
    const sheet = workbook.getWorksheet('Test') as ExcelJS.Worksheet
    expect(sheet.getCell('A1').value).toBe("'=kop")
    expect(sheet.getCell('B2').value).toBe("'=Kolom")
    const written = risky.map((_, i) => sheet.getRow(i + 3).getCell(1).text)
    // Each risky cell starts with the apostrophe; XML itself turns CR into LF and cannot hold NUL.
    expect(written.slice(0, 5)).toEqual(risky.slice(0, 5).map((v) => `'${v}`))
    expect(written.slice(5)).toEqual(["'\nCR", "'\nLF", "'NUL", 'gewoon'])
    expect(sheet.getRow(3).getCell(2).value).toBe("'=1+2")
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    )
  })

  it('can be read back by another spreadsheet reader with the same values', async () => {
    const { bytes } = await workbookOf(fixtureExport())
    const rows = await readSheet(Buffer.from(bytes), 'Jongeren')
    expect(rows[2]?.slice(0, 3)).toEqual(['Cliëntnummer', 'Gemeente', 'Leeftijd'])
    expect(rows[3]?.slice(0, 6)).toEqual([
      'H-01',
      "'s-Gravenhage",
      17,
      'Gezinshuis',
      new Date(Date.UTC(2025, 2, 1)),
      393,
    ])
    const summary = await readSheet(Buffer.from(bytes), 'Samenvatting')
    const placed = summary.find((row) => row[0] === 'Geplaatste jongeren op de peildatum')
    expect(placed?.[1]).toBe(4)
    const signals = summary.flat().find((v) => typeof v === 'string' && v.startsWith('Wachtlijst'))
    expect(signals).toBe('Wachtlijst; "kamertraining" loopt op')
  })
})
