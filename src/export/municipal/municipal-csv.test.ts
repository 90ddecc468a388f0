import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { fixtureOverview } from '../../../test/fixtures/municipal-overview'
import { formatDutchDate } from '../../domain/dates'
import { nl } from '../../i18n/nl'
import { municipalYouthsCsv } from './municipal-csv'
import { municipalFileName } from './municipal-file-name'

function parsed() {
  const { overview } = fixtureOverview()
  const csv = municipalYouthsCsv(overview, nl)
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data
  return { csv, rows, overview }
}

describe('the Jongeren CSV of the Gemeente-overzicht', () => {
  it('is in the Dutch Excel dialect: BOM, semicolons, CRLF, one line per youth', () => {
    const { csv, rows, overview } = parsed()
    expect(
      csv.startsWith('\uFEFFAanbieder;Peildatum;Cliëntnummer;Totaalstatus;Rood sinds (rondes);'),
    ).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line) => line === '' || line.endsWith('\r')),
    ).toBe(true)
    // Header, the youths, and the empty string after the last CRLF.
    expect(rows).toHaveLength(overview.youths.length + 2)
  })

  it('writes dates dd-mm-jjjj and statuses as words', () => {
    const { rows, overview } = parsed()
    const header = rows[0] as string[]
    const first = rows[1] as string[]
    const youth = overview.youths[0]
    expect(first[header.indexOf('Plaatsingsdatum')]).toBe(
      formatDutchDate(youth?.row.placementDate ?? null),
    )
    expect(first[header.indexOf('Plaatsingsdatum')]).toMatch(/^\d{2}-\d{2}-\d{4}$/)
    expect(first[header.indexOf('Totaalstatus')]).toBe('rood')
  })

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const { rows } = parsed()
    const header = rows[0] as string[]
    const injected = rows.find((r) => r[header.indexOf('Cliëntnummer')] === "'-1+1")
    expect(injected?.[header.indexOf('Aanbieder')]).toBe("'@Aanbieder Injectie (test)")
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false)
  })

  it('is named after the selection and the ronde', () => {
    const { overview } = fixtureOverview()
    expect(municipalFileName(overview, nl, 'csv')).toBe(
      'Gemeente-overzicht-jongeren_Gemeente-s-Gravenhage_ronde-2026-03-29.csv',
    )
    const all = fixtureOverview({ kind: 'all' }).overview
    expect(municipalFileName(all, nl, 'xlsx')).toBe(
      'Gemeente-overzicht_alle-gemeenten_ronde-2026-03-29.xlsx',
    )
  })
})
