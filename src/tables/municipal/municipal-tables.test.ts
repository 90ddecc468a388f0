import { describe, expect, it } from 'vitest'
import { fixtureOverview } from '../../../test/fixtures/municipal-overview'
import { nl } from '../../i18n/nl'
import { MUNICIPAL_TABLE_NUMBERS } from './municipal-table-numbers'
import { municipalTables } from './municipal-tables'

describe('the numbered tables of the Gemeente-overzicht', () => {
  it('carry their fixed number in the title, the same on screen, in print and in Excel', () => {
    const tables = municipalTables(fixtureOverview().overview, nl)
    expect(tables.perCode.title).toBe('Tabel 9. Knelpunten per code, over alle aanbieders')
    for (const [key, table] of Object.entries(tables)) {
      const no = MUNICIPAL_TABLE_NUMBERS[key as keyof typeof MUNICIPAL_TABLE_NUMBERS]
      expect(table.title.startsWith(`Tabel ${no}. `)).toBe(true)
    }
  })

  it('count a knelpuntcode over providers, with how many providers have it', () => {
    const { overview } = fixtureOverview()
    const [top] = overview.figures.reasonCodes
    const row = municipalTables(overview, nl).perCode.rows[0]
    expect(row).toEqual([
      { kind: 'text', value: top?.code },
      { kind: 'number', value: top?.youths, decimals: 0 },
      { kind: 'number', value: top?.providers, decimals: 0 },
      { kind: 'text', value: nl.reasonCodes[top?.code ?? ''] },
    ])
  })

  it('keep a provider’s own randvoorwaarde apart, named with the provider', () => {
    const tables = municipalTables(fixtureOverview({ kind: 'all' }).overview, nl)
    const names = tables.perPrecondition.rows.map((r) => (r[0]?.kind === 'text' ? r[0].value : ''))
    expect(names.slice(0, 3)).toEqual(['Wonen', 'School & dagbesteding', 'Toekomstplan 18+'])
    expect(names).toContain('Dagritme & vrije tijd (eigen, Jeugdzorg De Vlonder (fictief))')
  })

  it('show no money without a daily tariff, but still the days', () => {
    const { overview } = fixtureOverview()
    const tables = municipalTables({ ...overview, money: null }, nl)
    expect(tables.money.rows).toEqual([
      [
        { kind: 'text', value: nl.municipalExport.rows.noTariffs },
        { kind: 'number', value: null, decimals: 0 },
        { kind: 'number', value: overview.figures.overdue.youths, decimals: 0 },
        { kind: 'number', value: overview.figures.overdue.days, decimals: 0 },
        { kind: 'number', value: null, decimals: 0 },
        { kind: 'text', value: '' },
      ],
    ])
    const labels = tables.keyFigures.rows.map((r) => (r[0]?.kind === 'text' ? r[0].value : ''))
    expect(labels).not.toContain(nl.municipalExport.rows.totalCost)
  })
})
