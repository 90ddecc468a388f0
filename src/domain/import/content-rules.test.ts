import { combine, guessColumns, sureMapping } from './auto-map'
import { classifyDateColumns } from './content-dates'
import { recogniseColumns, recogniseContent } from './content-match'
import { createHeaderMatcher } from './header-match'
import type { CellValue, SourceTable } from './types'

const today = '2026-11-23'
const reasonOf = (values: CellValue[]) => recogniseContent(values, today)?.reason ?? null
const matcher = createHeaderMatcher([{ id: 'wonen', names: ['Wonen'] }])

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

const guessesOf = (table: SourceTable) =>
  guessColumns(table.headers, matcher, recogniseColumns(table, today))
const mappingOf = (table: SourceTable) => sureMapping(guessesOf(table))

describe('first names and initials', () => {
  it('takes first names, with accents, hyphens or a last initial, as the roepnaam', () => {
    expect(reasonOf(['Zoë', 'Noël', 'Anne-Marie', 'Sem B.', 'Daan'])).toBe('names')
  })

  it('takes initials, with or without dots, as the roepnaam', () => {
    expect(reasonOf(['J.K.', 'A.', 'M. V.', 'JK', 'S.B.'])).toBe('names')
  })

  it('does not take full names, lower-case words or repeated words as roepnamen', () => {
    expect(reasonOf(['A. Bakker', 'B. de Vries', 'C. Jansen'])).toBeNull()
    expect(reasonOf(['x', 'y', 'z', 'x'])).toBeNull()
    // A few words repeated down the column: a group or a type, not names.
    expect(reasonOf(['Noord', 'Noord', 'Zuid', 'Noord', 'Zuid', 'Zuid'])).toBeNull()
  })

  it('does not take maatregel or perspectief words as names', () => {
    expect(reasonOf(['OTS', 'Voogdij', 'JR', 'Thuis'])).toBeNull()
  })
})

describe('dates told apart by their range', () => {
  const births = ['10-01-2010', '11-07-2011', '12-12-2012', '13-05-2013', '14-10-2014']
  // Placed at 3–8 years old, 7–13 years ago: on its own this column looks like birth dates.
  const placements = ['03-01-2013', '04-09-2015', '05-04-2017', '06-11-2019', '07-06-2017']

  it('judges a birth date against the placement date of the same row', () => {
    const [birth, placement] = classifyDateColumns([births, placements], today)
    expect([birth, placement]).toEqual(['birthDates', 'placementDates'])
    // The order of the columns does not matter.
    expect(classifyDateColumns([placements, births], today)).toEqual([
      'placementDates',
      'birthDates',
    ])
  })

  it('takes no birth dates that give ages of 24 or more at placement', () => {
    const parents = ['10-01-1980', '11-07-1981', '12-12-1982', '13-05-1983', '14-10-1984']
    const recent = ['03-01-2025', '04-09-2025', '05-04-2026', '06-11-2024', '07-06-2025']
    expect(classifyDateColumns([parents, recent], today)[0]).toBeNull()
  })

  it('takes past dates after the birth as placement dates, even years back', () => {
    const old = ['03-01-2016', '04-09-2016', '05-04-2017', '06-11-2018', '07-06-2019']
    expect(classifyDateColumns([births, old], today)[1]).toBe('placementDates')
    // Without a birth date, only recent past dates are taken as placements.
    expect(reasonOf(old)).toBe('birthDates')
    expect(reasonOf(['03-01-2025', '04-09-2025', '05-04-2026'])).toBe('placementDates')
  })

  it('takes dates mostly in the future as the beoogde uitstroom', () => {
    expect(reasonOf(['01-02-2027', '01-06-2027', '01-01-2026', '15-12-2026'])).toBe('futureDates')
  })

  it('reads serial numbers and text alike, but not a numbering in the serial range', () => {
    expect(reasonOf([39822, 40735, 41255])).toBe('birthDates')
    expect(reasonOf(['39822', '40735', '41255'])).toBe('birthDates')
    // Numbers that run on are a numbering: cliëntnummers, not dates of 2009.
    expect(reasonOf([40001, 40002, 40003, 40005])).toBe('uniqueCodes')
    expect(reasonOf(['40001', '40002', '40003'])).toBe('uniqueCodes')
  })
})

describe('bare numbers that could be Excel serial dates', () => {
  // 2023–2026 as serials, or five-digit cliëntnummers: the title tells which.
  const numbers = [45012, 45877, 46120, 44210]

  it('confirm a date title, and are the cliëntnummer under a cliëntnummer title or hint', () => {
    expect(mappingOf(tableOf({ 'In zorg': numbers }))).toEqual(['placementDate'])
    expect(mappingOf(tableOf({ Cliëntnummer: numbers }))).toEqual(['clientRef'])
    expect(mappingOf(tableOf({ Nr: numbers.map(String) }))).toEqual(['clientRef'])
  })

  it('without a title are only a suggestion', () => {
    expect(guessesOf(tableOf({ Kolom1: numbers }))[0]).toMatchObject({
      target: 'placementDate',
      confidence: 'suggestion',
    })
  })
})

describe('unique short codes', () => {
  it('are the cliëntnummer, left to the user when the title says nothing', () => {
    const table = tableOf({ Kolom1: ['HZ-501', 'HZ-502', 'HZ-503'] })
    expect(guessesOf(table)[0]).toMatchObject({ target: 'clientRef', confidence: 'suggestion' })
  })

  it('of two code columns, the one whose title speaks is the cliëntnummer', () => {
    const table = tableOf({
      Postcode: ['3511AB', '3512CD', '3513EF'],
      Nr: ['HZ-501', 'HZ-502', 'HZ-503'],
    })
    expect(mappingOf(table)).toEqual([null, 'clientRef'])
  })

  it('of two code columns whose titles say nothing, the first column is proposed', () => {
    const table = tableOf({ A: ['HZ-501', 'HZ-502', 'HZ-503'], B: ['D-91', 'D-92', 'D-93'] })
    const guesses = guessesOf(table)
    expect(guesses.map((g) => g?.target ?? null)).toEqual(['clientRef', null])
    expect(sureMapping(guesses)).toEqual([null, null])
  })
})

describe('long free text', () => {
  it('is the note, and confirms a toelichting title', () => {
    const notes = [
      'Zoekt kamer via de woningcorporatie, wacht op reactie',
      'School loopt goed, stage vanaf januari geregeld',
      'Moeder wil meer betrokken worden bij het plan',
    ]
    expect(reasonOf(notes)).toBe('freeText')
    expect(mappingOf(tableOf({ 'Toelichting wonen': notes, Bijzonderheden: notes }))).toEqual([
      'note:wonen',
      'note',
    ])
  })
})

describe('title and values together', () => {
  it('maps a hint title by itself when the values say the same', () => {
    const table = tableOf({
      Bewoner: ['Zoë', 'Noël', 'Sem'],
      Start: ['01-09-2024', '15-02-2025', '03-03-2026'],
      Geboren: ['14-03-2009', '02-07-2011', '03-05-2008'],
    })
    expect(mappingOf(table)).toEqual(['displayName', 'placementDate', 'birthDate'])
  })

  it('lets the values decide what "Jongere" holds: the roepnaam or the cliëntnummer', () => {
    expect(mappingOf(tableOf({ Jongere: ['Zoë', 'Noël', 'Sem'] }))).toEqual(['displayName'])
    expect(mappingOf(tableOf({ Jeugdige: ['HZ-1', 'HZ-2', 'HZ-3'] }))).toEqual(['clientRef'])
    expect(guessesOf(tableOf({ Kind: ['ja', 'nee', 'ja'] }))[0]).toMatchObject({
      confidence: 'suggestion',
    })
  })

  it('keeps a mentor or a GI by its title: a first name or a few words do not contradict it', () => {
    const table = tableOf({
      Mentor: ['Anna', 'Piet', 'Karin', 'Joost'],
      GI: [
        'Jeugdbescherming Regio Utrecht',
        'William Schrikker Stichting Jeugdbescherming',
        'Jeugdbescherming Rotterdam Rijnmond',
        'Leger des Heils Jeugdbescherming',
      ],
    })
    expect(mappingOf(table)).toEqual(['caseOwner', 'guardianOrg'])
  })

  it('only suggests a sure title that dates, gemeenten or codes contradict, with the reason', () => {
    const title = matcher.match('Geboortedatum')
    const guess = combine(title, { target: 'municipalityCode', reason: 'municipalities' })
    expect(guess).toMatchObject({
      target: 'birthDate',
      confidence: 'suggestion',
      contentSays: 'municipalityCode',
    })
    const names = combine(matcher.match('Geboortedatum'), {
      target: 'displayName',
      reason: 'names',
    })
    expect(names?.confidence).toBe('suggestion')
  })
})
