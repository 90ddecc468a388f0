import { readLegend, meaningOfWord } from './legend'
import { createWordMatcher } from './cell-values'
import { STATUS_WORDS } from './vocabulary'
import type { CellValue } from './types'

const statusOf = createWordMatcher(STATUS_WORDS)

describe('a legend on the sheet', () => {
  const grid: CellValue[][] = [
    ['Kleuren:', null, null],
    [null, 'knelpunt', null],
    [null, 'Groen = geregeld', null],
    ['loopt', null, null],
    [null, 'geen status', null],
    [null, 'wacht op indicatie', null],
    [],
    ['Cliëntnr.', 'Naam', 'Wonen'],
    ['HZ-1', 'Sem', null],
  ]
  const fills: (string | null)[][] = [
    [],
    ['7030A0'],
    ['00B0F0'],
    ['FF99CC'],
    ['808080'],
    ['4472C4'],
    [],
    [],
    [null, null, '7030A0'],
  ]

  it('reads each colour with the word in or beside it', () => {
    const legend = readLegend(grid, fills, 7, statusOf)
    expect(Object.fromEntries(legend.meanings)).toEqual({
      '7030A0': 'rood',
      '00B0F0': 'groen',
      '808080': 'none',
    })
    // "loopt" and "wacht op indicatie" name no status: the user is asked, with the word shown.
    expect(Object.fromEntries(legend.words)).toEqual({
      FF99CC: 'loopt',
      '4472C4': 'wacht op indicatie',
    })
  })

  it('is no legend without the word "Kleuren" or "Legenda", nor a column title with it', () => {
    const withoutMarker = grid.map((row, i) => (i === 0 ? [] : row))
    expect(readLegend(withoutMarker, fills, 7, statusOf).meanings.size).toBe(0)
    const titles: CellValue[][] = [
      ['Cliëntnr.', 'Kleur wonen'],
      ['HZ-1', 'groen'],
    ]
    expect(readLegend(titles, [[], [null, 'FF0000']], 0, statusOf).meanings.size).toBe(0)
  })

  it('reads words as people write them beside a colour', () => {
    expect(meaningOfWord('= rood', statusOf)).toBe('rood')
    expect(meaningOfWord('Knelpunt (ontbreekt)', statusOf)).toBe('rood')
    expect(meaningOfWord('n.v.t.', statusOf)).toBe('nvt')
    expect(meaningOfWord('Geen status', statusOf)).toBe('none')
    expect(meaningOfWord('wacht op plek', statusOf)).toBeUndefined()
  })
})
