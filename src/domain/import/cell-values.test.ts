import fc from 'fast-check'
import { parseDutchDate } from '../dutch-date'
import {
  cellDate,
  cellText,
  createWordMatcher,
  dateFromExcelSerial,
  quickDate,
} from './cell-values'
import { STATUS_WORDS } from './vocabulary'

const reference = new Date('2026-11-23T12:00:00')

describe('cellDate', () => {
  it.each([
    ['14-03-2009', '2009-03-14'],
    ['14-3-09', '2009-03-14'],
    ['3-5-98', '1998-05-03'],
    ['14/3/2009', '2009-03-14'],
    ['14.03.2009', '2009-03-14'],
    ['2009-03-14', '2009-03-14'],
    ['2009-03-14T00:00:00', '2009-03-14'],
    ['14-03-2009 00:00', '2009-03-14'],
    ['14 maart 2009', '2009-03-14'],
    ['14-mrt-2009', '2009-03-14'],
    ['45658', '2025-01-01'],
  ])('reads the text "%s" as %s', (text, iso) => {
    expect(cellDate(text, reference)).toBe(iso)
  })

  it('reads an Excel serial number and a date cell (midnight UTC) as the day shown', () => {
    expect(cellDate(45658, reference)).toBe('2025-01-01')
    expect(cellDate(new Date(Date.UTC(2009, 2, 14)), reference)).toBe('2009-03-14')
  })

  it.each(['31-02-2009', 'morgen', '14-14-2009', '', '12', 'true'])(
    'refuses "%s" instead of guessing',
    (text) => {
      expect(cellDate(text, reference)).toBeNull()
    },
  )

  it('refuses serial numbers outside 1900–2099', () => {
    expect(dateFromExcelSerial(12)).toBeNull()
    expect(dateFromExcelSerial(99999)).toBeNull()
    expect(cellDate(Number.NaN, reference)).toBeNull()
  })
})

describe('cellText', () => {
  it('shows numbers, booleans and dates as a user would read them', () => {
    expect(cellText(12345)).toBe('12345')
    expect(cellText('  K-1 ')).toBe('K-1')
    expect(cellText(null)).toBe('')
    expect(cellText(true)).toBe('ja')
    expect(cellText(new Date(Date.UTC(2025, 0, 6)))).toBe('2025-01-06')
  })
})

describe('status words', () => {
  const status = createWordMatcher(STATUS_WORDS)
  it.each([
    ['rood', 'rood'],
    ['R', 'rood'],
    ['Red', 'rood'],
    ['oranje', 'oranje'],
    ['o', 'oranje'],
    ['Amber', 'oranje'],
    ['GROEN', 'groen'],
    ['g', 'groen'],
    ['green', 'groen'],
    ['n.v.t.', 'nvt'],
    ['nvt', 'nvt'],
    ['N/A', 'nvt'],
    ['onbekend', 'onbekend'],
  ])('"%s" means %s', (word, expected) => {
    expect(status(word)).toBe(expected)
  })

  it('does not guess an unknown word', () => {
    expect(status('paars')).toBeUndefined()
  })
})

describe('quickDate', () => {
  it('reads dd-mm-jjjj and ISO exactly as parseDutchDate does', () => {
    const day = fc.integer({ min: 0, max: 32 })
    const month = fc.integer({ min: 0, max: 13 })
    const year = fc.integer({ min: 1850, max: 2150 })
    const sep = fc.constantFrom('-', '/', '.')
    fc.assert(
      fc.property(day, month, year, sep, fc.boolean(), fc.boolean(), (d, m, y, s, padD, iso) => {
        const text = iso
          ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          : `${padD ? String(d).padStart(2, '0') : d}${s}${m}${s}${y}`
        expect(quickDate(text)).toBe(parseDutchDate(text, reference))
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves other forms to parseDutchDate', () => {
    expect(quickDate('14-3-09')).toBeUndefined()
    expect(quickDate('14032009')).toBeUndefined()
  })
})
