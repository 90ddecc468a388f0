import { describe, expect, it } from 'vitest'
import { reportFileName, fileNamePart } from './file-name'
import { csvDecimal, daysToYears, dutchNumbers, shareOf, signedDifference } from './format'

describe('Dutch number formats', () => {
  it('group thousands with a dot and use a decimal comma', () => {
    expect(dutchNumbers.count(3795)).toBe('3.795')
    expect(dutchNumbers.decimal(11.14)).toBe('11,1')
    expect(dutchNumbers.percent(0.111)).toBe('11,1%')
  })

  it('write CSV decimals with a comma and no grouping', () => {
    expect(csvDecimal(1234.56)).toBe('1234,6')
  })

  it('never divide by zero for shares', () => {
    expect(shareOf(3, 0)).toBe(0)
    expect(shareOf(1, 4)).toBe(0.25)
  })

  it('show verblijfsduur in years with one decimal and signed differences', () => {
    expect(daysToYears(804)).toBe(2.2)
    expect(signedDifference(3, dutchNumbers.count)).toBe('+3')
    expect(signedDifference(-1200, dutchNumbers.count)).toBe('\u22121.200')
    expect(signedDifference(0, dutchNumbers.count)).toBe('0')
  })
})

describe('export file names', () => {
  it('say provider, scope and peildatum with only safe characters', () => {
    expect(
      reportFileName({
        prefix: 'Rapportage',
        provider: 'Stichting De Verre Horizon (fictief)',
        scope: "'s-Gravenhage",
        peildatum: '2026-03-29',
        extension: 'xlsx',
      }),
    ).toBe('Rapportage_Stichting-De-Verre-Horizon-fictief_s-Gravenhage_peildatum-2026-03-29.xlsx')
  })

  it('strip accents, slashes and path tricks', () => {
    expect(fileNamePart('Súdwest-Fryslân/../..\\x')).toBe('Sudwest-Fryslan-x')
    expect(fileNamePart('')).toBe('')
  })
})
