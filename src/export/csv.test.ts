import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { writeCsv } from './csv'
import { fixtureExport } from '../../test/fixtures/report-test-data'

function parse(csv: string) {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
  return { rows: result.data, delimiter: result.meta.delimiter, errors: result.errors }
}

describe('the CSV export of the Jongerenlijst', () => {
  const { tables } = fixtureExport()
  const csv = writeCsv(tables.youths)

  it('is UTF-8 with a BOM, semicolon-separated, with CRLF line ends', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.startsWith('\uFEFFCliëntnummer;Gemeente;Leeftijd;')).toBe(true)
    const { rows, delimiter, errors } = parse(csv)
    expect(errors).toEqual([])
    expect(delimiter).toBe(';')
    expect(rows).toHaveLength(5) // header + four youths
    // Five records, each ended by CRLF; line breaks inside quoted fields do not count.
    expect(csv.replace(/"[^"]*"/g, '').split('\r\n')).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      '',
    ])
    expect(csv.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('writes dates as dd-mm-jjjj and decimals with a comma', () => {
    const { rows } = parse(csv)
    const header = rows[0] as string[]
    const h1 = rows[1] as string[]
    const col = (name: string) => h1[header.indexOf(name)]
    expect(col('Cliëntnummer')).toBe('H-01')
    expect(col('Plaatsingsdatum')).toBe('01-03-2025')
    expect(col('Beoogde uitstroomdatum')).toBe('01-03-2026')
    expect(col('Verblijfsduur (dagen)')).toBe('393')
    expect(col('Verblijfsduur (jaren)')).toBe('1,1')
    expect(col('Wonen')).toBe('rood')
    expect(col('Eerste streefdatum')).toBe('15-03-2026')
  })

  it('quotes fields with a separator, a quote or a line break (RFC 4180)', () => {
    const { rows } = parse(csv)
    const header = rows[0] as string[]
    const actions = (ref: string) =>
      rows.find((r) => r[0] === ref)?.[header.indexOf('Acties (eigenaar, streefdatum)')]
    // Two actions on two lines, in one quoted field.
    expect(actions('H-01')).toBe(
      'Wonen: Aanmelden kamertraining (Gemeente/toegang, 15-03-2026)\nToekomstplan 18+: Uitkering aanvragen (Aanbieder, 01-06-2026)',
    )
    const h5 =
      'Wonen: (geen actie) (Woningcorporatie)\nSchool & dagbesteding: -1+1 overleg; met school (School, 01-03-2026)'
    expect(actions('H-05')).toBe(h5)
    expect(csv).toContain(`"${h5}"`)
    const quoted = writeCsv({
      title: '',
      headers: ['a'],
      rows: [[{ kind: 'text', value: 'zei "ja"' }]],
    })
    expect(quoted).toBe('\uFEFFa\r\n"zei ""ja"""\r\n')
  })

  it('leaves roepnaam/initialen out unless asked for', () => {
    expect(csv).not.toContain('Roepnaam')
    expect(csv).not.toContain('Anna')
    const named = writeCsv(fixtureExport(true).tables.youths)
    expect(named.split('\r\n')[0]).toContain('Roepnaam/initialen')
    expect(named).toContain('Anna')
  })

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const risky = ['=1+2', '+31 6', '-2', '@SUM(A1)', '\tTAB', '\rCR', '\nLF', '\0NUL', 'a=b']
    const out = writeCsv({
      title: '',
      headers: ['=kop'],
      rows: risky.map((value) => [{ kind: 'text', value }]),
    })
    const { rows } = parse(out)
    expect(rows.map((r) => r[0])).toEqual([
      "'=kop",
      ...risky.slice(0, 8).map((v) => `'${v}`),
      'a=b',
    ])
    const named = parse(writeCsv(fixtureExport(true).tables.youths)).rows
    expect(named.find((r) => r[0] === 'H-05')?.[1]).toBe(`'=HYPERLINK("x")`)
  })

  it('keeps numbers as numbers: a negative difference is not neutralised', () => {
    const out = writeCsv({
      title: '',
      headers: ['n'],
      rows: [
        [{ kind: 'number', value: -3, signed: true }],
        [{ kind: 'number', value: 1234.5, decimals: 1 }],
      ],
    })
    expect(out).toBe('\uFEFFn\r\n-3\r\n1234,5\r\n')
  })
})
