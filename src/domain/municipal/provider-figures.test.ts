import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { ALL, HAAG, overview, scenario } from '../../../test/fixtures/municipal-scenario'

describe('money for the days past the beoogde uitstroomdatum', () => {
  it('costs daysOverdue × the verblijfsvorm’s tariff; a verblijfsvorm without tariff is counted, never priced at 0', () => {
    const settings = {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: { gezinshuis: 250.5, pleegzorg: 80 },
    }
    const money = overview({ settings, selection: { kind: 'all' } }).money
    // a1: 10 days gezinshuis = 2505; b1: 5 days gesloten, b2: 3 days kamertraining: no tariff.
    expect(money?.totalCost).toBe(2505)
    expect(money?.pricedYouths).toBe(1)
    expect(money?.pricedDays).toBe(10)
    expect(money?.withoutTariff).toEqual({
      youths: 2,
      days: 8,
      livingArrangements: ['gesloten', 'kamertraining'],
    })
    expect(money?.perArrangement.find((a) => a.livingArrangement === 'gesloten')).toEqual({
      livingArrangement: 'gesloten',
      tariff: null,
      youths: 1,
      days: 5,
      cost: null,
    })
  })

  it('no money at all when no tariff is entered', () => {
    expect(overview().money).toBeNull()
  })
})

describe('per aanbieder', () => {
  it('one row per provider with its own peildatum, counts in the selection, change, overdue, top knelpunt and signalen yes/no', () => {
    const rows = overview().perProvider
    expect(rows.map((r) => [r.providerName, r.peildatum, r.placed])).toEqual([
      ['Aanbieder A', '2026-03-29', 2],
      ['Aanbieder B', '2026-03-22', 2],
      ['Aanbieder C', '2026-03-29', 1],
    ])
    const [a, b] = rows
    expect(a?.totalStatus).toEqual({ rood: 1, oranje: 1, onbekend: 0, groen: 0 })
    expect(a?.change).toMatchObject({ beter: 1, slechter: 1 })
    expect(a?.overdue).toEqual({ youths: 1, days: 10 })
    expect(a?.topReasonCode).toEqual({ code: 'WON-2', youths: 2 })
    expect(a?.hasSignals).toBe(true)
    expect(b?.hasSignals).toBe(false)
    expect(b?.scopes).toEqual([ALL])
  })

  it('a provider whose only file is for another gemeente is not part of the selection’s overview', () => {
    const rotterdam = makeStoredFile({
      provider: 'Aanbieder R',
      scope: { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' },
      youths: [makeExchangeYouth({ municipalityCode: 'GM0599' })],
    })
    const result = overview({ files: [...scenario(), rotterdam] })
    expect(result.perProvider.map((r) => r.providerName)).not.toContain('Aanbieder R')
  })
})

describe('signalen', () => {
  it('lists every provider’s non-empty signalen of the ronde', () => {
    expect(overview().signals).toEqual([
      {
        providerKey: 'aanbieder a',
        providerName: 'Aanbieder A',
        peildatum: '2026-03-29',
        scopes: [HAAG],
        text: 'Wachtlijst kamertraining loopt op.',
        reasonCode: null,
      },
    ])
  })
})

describe('signalen of a file for another gemeente', () => {
  it('are left out of the selection’s overview', () => {
    const rotterdam = makeStoredFile({
      provider: 'Aanbieder A',
      scope: { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' },
      signals: 'Alleen over Rotterdam.',
      youths: [makeExchangeYouth({ clientRef: 'r1', municipalityCode: 'GM0599' })],
    })
    const texts = overview({ files: [...scenario(), rotterdam] }).signals.map((s) => s.text)
    expect(texts).toEqual(['Wachtlijst kamertraining loopt op.'])
  })
})

describe('jongeren', () => {
  it('lists the selection’s rows of every provider with the provider name, red first', () => {
    const youths = overview().youths
    expect(youths.map((y) => [y.providerName, y.row.clientRef, y.row.totalStatus])).toEqual([
      ['Aanbieder A', 'a1', 'rood'],
      ['Aanbieder B', 'b1', 'rood'],
      ['Aanbieder A', 'a2', 'oranje'],
      ['Aanbieder B', 'b3', 'onbekend'],
      ['Aanbieder C', 'c1', 'groen'],
    ])
  })
})
