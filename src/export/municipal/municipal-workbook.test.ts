import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { fixtureOverview, HYPERLINK } from '../../../test/fixtures/municipal-overview'
import { en } from '../../i18n/en'
import { nl } from '../../i18n/nl'
import type { Selection } from '../../domain/municipal'
import { municipalWorkbook } from './municipal-workbook'

const created = new Date('2026-04-02T10:00:00.000Z')

async function workbookOf(selection?: Selection, t = nl, version1: readonly string[] = []) {
  const { overview, agreements } = fixtureOverview(selection, version1)
  const blob = await municipalWorkbook(overview, agreements, t, { created })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await blob.arrayBuffer())
  return { workbook, overview, blob }
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string) =>
  workbook.getWorksheet(name) as ExcelJS.Worksheet

/** The first row whose cell in `column` has this value. */
function rowWith(sheet: ExcelJS.Worksheet, value: string, column = 1): ExcelJS.Row {
  let found: ExcelJS.Row | undefined
  sheet.eachRow((row) => {
    if (!found && row.getCell(column).value === value) found = row
  })
  if (!found) throw new Error(`no row with ${value}`)
  return found
}

function column(row: ExcelJS.Row, header: string): number {
  const index = (row.values as unknown[]).indexOf(header)
  if (index < 1) throw new Error(`no column ${header}`)
  return index
}

describe('the Gemeente-overzicht workbook', () => {
  it('has the seven sheets in order, as a real .xlsx blob', async () => {
    const { workbook, blob } = await workbookOf()
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Per aanbieder',
      'Knelpunten',
      'Jongeren',
      'Signalen',
      'Afspraken',
      'Toelichting',
    ])
    expect(workbook.creator).toBe('Doorstroombord')
  })

  it('names the sheets in English when the user works in English', async () => {
    const { workbook } = await workbookOf(undefined, en)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Per provider',
      'Bottlenecks',
      'Youths',
      'Signals',
      'Agreements',
      'Explanation',
    ])
  })

  it('freezes the header row of a list, filters it, and writes statuses filled and worded', async () => {
    const { workbook, overview } = await workbookOf()
    const youths = sheetOf(workbook, 'Jongeren')
    const header = youths.getRow(3)
    expect((header.values as unknown[]).slice(1, 6)).toEqual([
      'Aanbieder',
      'Peildatum',
      'Cliëntnummer',
      'Totaalstatus',
      'Rood sinds (rondes)',
    ])
    expect(header.getCell(1).font?.bold).toBe(true)
    expect(youths.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(youths.autoFilter).toMatch(new RegExp(`^A3:[A-Z]+${3 + overview.youths.length}$`))

    const first = youths.getRow(4)
    const total = first.getCell(column(header, 'Totaalstatus'))
    expect(total.value).toBe('rood')
    expect(total.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBE4E4' } })
    const green = rowWith(youths, 'groen', column(header, 'Totaalstatus'))
    expect(green.getCell(column(header, 'Totaalstatus')).fill).toMatchObject({
      fgColor: { argb: 'FFE1F2E5' },
    })
    // Red first, with the red streak as a number.
    expect(first.getCell(column(header, 'Rood sinds (rondes)')).value).toBeGreaterThanOrEqual(1)
  })

  it('writes dates as real dates at midnight UTC, shown dd-mm-jjjj', async () => {
    const { workbook, overview } = await workbookOf()
    const youths = sheetOf(workbook, 'Jongeren')
    const header = youths.getRow(3)
    const first = overview.youths[0]
    const cell = youths.getRow(4).getCell(column(header, 'Plaatsingsdatum'))
    const [y = 0, m = 0, d = 0] = (first?.row.placementDate ?? '').split('-').map(Number)
    expect(cell.value).toEqual(new Date(Date.UTC(y, m - 1, d)))
    expect(cell.numFmt).toBe('dd-mm-yyyy')
  })

  it('neutralises formula injection in signalen, afspraken, provider names and cliëntnummers', async () => {
    const { workbook } = await workbookOf()
    const signals = sheetOf(workbook, 'Signalen')
    const injected = rowWith(signals, "'@Aanbieder Injectie (test)")
    expect(injected.getCell(4).value).toBe(`'${HYPERLINK}`)
    const agreements = sheetOf(workbook, 'Afspraken')
    const header = agreements.getRow(3)
    const made = rowWith(agreements, "'@Aanbieder Injectie (test)")
    expect(made.getCell(column(header, 'Afspraak')).value).toBe(`'${HYPERLINK}`)
    expect(made.getCell(column(header, 'Cliëntnummer')).value).toBe("'-1+1")
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      ),
    )
  })

  it('writes a figure that cannot be known as the text n.b. with the reason, never as 0', async () => {
    // Horizon sends one file for all its gemeenten, as version 1 wrote it.
    const { workbook } = await workbookOf({ kind: 'gemeente', code: 'GM0518' }, nl, [
      'Horizon Jeugdzorg (fictief)',
    ])
    const summary = sheetOf(workbook, 'Samenvatting')
    const inflow = rowWith(summary, 'Instroom in de perioden van de bestanden')
    expect(inflow.getCell(2).value).toBe('n.b.')
    expect(inflow.getCell(3).value).toBe('Samenvattingen')
    expect(inflow.getCell(4).text).toMatch(
      /^Niet te splitsen: het bestand van Horizon Jeugdzorg \(fictief\) \(Alle gemeenten\) is van versie 1/,
    )
    // Figures from the rows are still known for the gemeente.
    expect(typeof rowWith(summary, 'Geplaatste jongeren op de peildata').getCell(2).value).toBe(
      'number',
    )
    // A provider without a file in the ronde: n.b. with why, not zeros.
    const perProvider = sheetOf(workbook, 'Per aanbieder')
    const header = perProvider.getRow(3)
    const missing = rowWith(perProvider, 'Stichting Het Anker (fictief)')
    expect(missing.getCell(column(header, 'Levering')).value).toBe('ontbreekt')
    expect(missing.getCell(column(header, 'Geplaatst')).value).toBe('n.b.')
    expect(missing.getCell(column(header, 'Toelichting')).value).toMatch(/^Ontbreekt/)
  })

  it('adds up the summaries when every file lies inside the selection (all gemeenten)', async () => {
    const { workbook, overview } = await workbookOf({ kind: 'all' })
    const inflow = rowWith(
      sheetOf(workbook, 'Samenvatting'),
      'Instroom in de perioden van de bestanden',
    )
    expect(overview.summary.inflow.kind).toBe('value')
    expect(inflow.getCell(2).value).toBe(
      overview.summary.inflow.kind === 'value' ? overview.summary.inflow.value : null,
    )
  })

  it('shows what the days past the uitstroomdatum cost in euro with cents', async () => {
    const { workbook, overview } = await workbookOf()
    const summary = sheetOf(workbook, 'Samenvatting')
    const cost = rowWith(summary, 'Kosten sinds de beoogde uitstroomdatum (euro)')
    expect(cost.getCell(2).value).toBe(overview.money?.totalCost)
    expect(cost.getCell(2).numFmt).toBe('#,##0.00')
    // Both figures named. The test provider's file is version 1: no days within the period.
    const inPeriod = rowWith(summary, 'Kosten in deze periode (euro)')
    expect(inPeriod.getCell(2).value).toBe('n.b.')
    expect(inPeriod.getCell(4).text).toMatch(/versie 1.*@Aanbieder Injectie \(test\)/)
  })

  it('prints every sheet one page wide on A4 landscape, header rows repeated, the ronde in the footer', async () => {
    const { workbook } = await workbookOf()
    const scales: Record<string, number> = {}
    workbook.eachSheet((sheet) => {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      })
      expect(sheet.pageSetup.printTitlesColumn, sheet.name).toBeUndefined()
      // About 140 characters of column width fit across A4 landscape at 100 %.
      const width = sheet.columns.reduce((sum, column) => sum + (column.width ?? 0), 0)
      scales[sheet.name] = Math.min(1, 140 / width)
      expect(sheet.headerFooter.oddFooter).toBe(
        "&LGemeente-overzicht Gemeente 's-Gravenhage · ronde 29-03-2026&RPagina &P van &N",
      )
    })
    // Narrow wrapped columns keep the print large enough to read; the 25 columns of Jongeren
    // make it the smallest.
    for (const [name, scale] of Object.entries(scales)) {
      expect(scale, name).toBeGreaterThanOrEqual(name === 'Jongeren' ? 0.4 : 0.6)
    }
    expect(sheetOf(workbook, 'Jongeren').pageSetup.printTitlesRow).toBe('1:3')
    expect(sheetOf(workbook, 'Samenvatting').pageSetup.printTitlesRow).toBe('1:3')
  })

  it('numbers its tables in reading order, sheet after sheet', async () => {
    const { workbook } = await workbookOf()
    const numbers: number[] = []
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        const value = row.getCell(1).value
        const match = typeof value === 'string' ? /^Tabel (\d+)\. /.exec(value) : null
        if (match) numbers.push(Number(match[1]))
      }),
    )
    expect(numbers).toEqual(Array.from({ length: 22 }, (_, i) => i + 1))
  })

  it('explains the ronde, the window, the selection, the sources and the providers', async () => {
    const { workbook } = await workbookOf()
    const sheet = sheetOf(workbook, 'Toelichting')
    expect(rowWith(sheet, 'Ronde').getCell(2).value).toBe('29-03-2026')
    expect(rowWith(sheet, 'Venster').getCell(2).value).toMatch(
      /^Peildata van 16-02-2026 t\/m 29-03-2026/,
    )
    expect(rowWith(sheet, 'Keuze').getCell(2).value).toBe("Gemeente 's-Gravenhage")
    expect(rowWith(sheet, 'Dagtarieven').getCell(2).value).toMatch(
      /Gezinshuis €\u00a0250,00 per dag/,
    )
    expect(rowWith(sheet, 'n.b.').getCell(2).value).toMatch(/Nooit 0/)
    // Which provider counts with which peildatum closes the Samenvatting (Tabel 14).
    const anker = rowWith(sheetOf(workbook, 'Samenvatting'), 'Stichting Het Anker (fictief)')
    expect(anker.getCell(2).value).toBe('ontbreekt')
    expect(anker.getCell(3).value).toEqual(new Date(Date.UTC(2026, 1, 11)))
  })
})
