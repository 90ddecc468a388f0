import fc from 'fast-check'
import { guessColumns, sureMapping } from './auto-map'
import { recogniseColumns, recogniseContent } from './content-match'
import { createHeaderMatcher } from './header-match'
import type { CellValue, SourceTable } from './types'

const today = '2026-11-23'
const reasonOf = (values: CellValue[]) => recogniseContent(values, today)?.reason ?? null

const preconditions = [
  { id: 'wonen', names: ['Wonen'] },
  { id: 'school', names: ['School & dagbesteding'] },
]
const matcher = createHeaderMatcher(preconditions)

function tableOf(columns: Record<string, CellValue[]>): SourceTable {
  const headers = Object.keys(columns)
  const length = Math.max(...Object.values(columns).map((c) => c.length))
  return {
    headers,
    headerRowNumber: 1,
    rows: Array.from({ length }, (_, i) => ({
      rowNumber: i + 2,
      cells: headers.map((h) => columns[h]?.[i] ?? null),
    })),
  }
}

const mappingOf = (table: SourceTable) =>
  sureMapping(guessColumns(table.headers, matcher, recogniseColumns(table, today)))

describe('recognising a column by its values', () => {
  it('takes names and GM codes of municipalities (with variants) as gemeenten', () => {
    expect(reasonOf(['Utrecht', "'s-Hertogenbosch", 'Den Haag', 'GM0363', 'Súdwest-Fryslân'])).toBe(
      'municipalities',
    )
  })

  it('does not take bare numbers as municipality codes: they are as often row numbers', () => {
    expect(reasonOf([1, 2, 3, 4, 5])).toBeNull()
    expect(reasonOf(['363', '344', '599'])).toBeNull()
  })

  it('takes verblijfsvorm words as the verblijfsvorm', () => {
    expect(reasonOf(['gezinshuis', 'open residentieel', 'behandelgroep', 'Gezinshuis'])).toBe(
      'livingArrangements',
    )
  })

  it('takes rood/oranje/groen, R/O/G and English colour words as statuses', () => {
    expect(reasonOf(['rood', 'Oranje', 'groen', 'groen'])).toBe('statuses')
    expect(reasonOf(['R', 'O', 'G', 'g'])).toBe('statuses')
    expect(reasonOf(['red', 'amber', 'green'])).toBe('statuses')
  })

  it('takes short, all different codes with a digit as cliëntnummers, not row numbers', () => {
    expect(reasonOf(['HZ-501', 'HZ-502', 'HZ-503', 'HZ-504'])).toBe('uniqueCodes')
    expect(reasonOf(['100234', '100235', '100236'])).toBe('uniqueCodes')
    expect(reasonOf(['1', '2', '3', '4'])).toBeNull()
    expect(reasonOf(['HZ-501', 'HZ-501', 'HZ-503'])).toBeNull()
  })

  it('tells birth, placement and outflow dates apart by when they lie', () => {
    expect(reasonOf(['14-03-2009', '2010-06-01', new Date(Date.UTC(2011, 0, 5))])).toBe(
      'birthDates',
    )
    expect(reasonOf(['01-09-2024', '15-02-2025', '03-03-2026'])).toBe('placementDates')
    expect(reasonOf(['01-02-2027', '01-06-2027', '15-12-2026', '01-01-2026'])).toBe('futureDates')
    // Dates 30 years back are neither a youth's birth nor a recent placement.
    expect(reasonOf(['01-01-1990', '01-01-1992', '01-01-1994'])).toBeNull()
  })

  it('takes Excel serial numbers as dates, but no other numbers', () => {
    expect(reasonOf([39886, 40330, 40548])).toBe('birthDates')
    expect(reasonOf([12, 15, 17])).toBeNull()
  })

  it('takes long running text as a note', () => {
    expect(
      reasonOf([
        'Zoekt kamer via de woningcorporatie, wacht op reactie',
        'School loopt goed, stage vanaf januari geregeld',
        'Moeder wil meer betrokken worden bij het plan',
      ]),
    ).toBe('freeText')
  })

  it('says nothing about fewer than three values or a mix', () => {
    expect(reasonOf(['Utrecht', 'Delft'])).toBeNull()
    expect(reasonOf(['Utrecht', 'gezinshuis', 'HZ-1', 'rood'])).toBeNull()
  })
})

describe('title and content together', () => {
  const youths = {
    Nr: ['HZ-501', 'HZ-502', 'HZ-503'],
    Woongemeente: ['Utrecht', 'Amersfoort', 'Zeist'],
    Vorm: ['gezinshuis', 'open residentieel', 'behandelgroep'],
    Wonen: ['rood', 'oranje', 'groen'],
    Locatie: ['Utrecht', 'Zeist', 'Utrecht'],
    Intern: ['x', 'y', 'z'],
  }

  it('maps a column by itself when title and values agree', () => {
    const mapping = mappingOf(tableOf(youths))
    expect(mapping).toEqual([
      'clientRef',
      'municipalityCode',
      'livingArrangement',
      'status:wonen',
      null,
      null,
    ])
  })

  it('only suggests when the values contradict a sure title, with the reason', () => {
    const table = tableOf(youths)
    const guesses = guessColumns(table.headers, matcher, recogniseColumns(table, today))
    expect(guesses[4]).toMatchObject({
      target: 'location',
      confidence: 'suggestion',
      reason: 'municipalities',
      contentSays: 'municipalityCode',
    })
  })

  it('only suggests when the values speak and the title says nothing', () => {
    const table = tableOf({ Kolom1: ['Utrecht', 'Amersfoort', 'Zeist'] })
    const [guess] = guessColumns(table.headers, matcher, recogniseColumns(table, today))
    expect(guess).toMatchObject({
      target: 'municipalityCode',
      confidence: 'suggestion',
      reason: 'municipalities',
    })
  })

  it('maps the same columns whatever their order', () => {
    const columns = Object.entries(youths)
    const expected = new Map(columns.map(([title], i) => [title, mappingOf(tableOf(youths))[i]]))
    fc.assert(
      fc.property(fc.shuffledSubarray(columns, { minLength: columns.length }), (shuffled) => {
        const table = tableOf(Object.fromEntries(shuffled))
        const mapping = mappingOf(table)
        table.headers.forEach((title, i) => expect(mapping[i]).toBe(expected.get(title)))
      }),
    )
  })
})
