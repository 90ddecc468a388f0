import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { buildMunicipalOverview } from './overview'
import type { Selection, StoredExchangeFile } from './types'

const rood = (clientRef: string) =>
  makeExchangeYouth({
    clientRef,
    statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' },
  })
const groen = (clientRef: string) => makeExchangeYouth({ clientRef })

/** Rondes 15-02 and 29-03 (six weeks). A: in both; B: only the first; C: only the second. */
const files: StoredExchangeFile[] = [
  makeStoredFile({ provider: 'A', peildatum: '2026-02-15', youths: [rood('a1'), groen('a2')] }),
  makeStoredFile({
    provider: 'A',
    peildatum: '2026-03-29',
    youths: [rood('a1'), rood('a2'), rood('a3')],
  }),
  makeStoredFile({
    provider: 'B',
    peildatum: '2026-02-15',
    youths: [rood('b1'), rood('b2'), rood('b3')],
  }),
  makeStoredFile({ provider: 'C', peildatum: '2026-03-29', youths: [groen('c1')] }),
]

function overviewOf(selection: Selection = { kind: 'all' }) {
  return buildMunicipalOverview({
    files,
    rondeDate: '2026-03-29',
    settings: {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: {},
    },
    selection,
    agreements: [],
    today: '2026-04-02',
  })
}

describe('since the previous ronde: like with like', () => {
  it('compares only the providers in both rondes and names the others', () => {
    const { change, figures } = overviewOf()
    if (!change) throw new Error('no previous ronde')
    expect(change.previousRonde).toBe('2026-02-15')
    expect(change.common.map((p) => p.providerName)).toEqual(['A'])
    expect(change.onlyNow.map((p) => p.providerName)).toEqual(['C'])
    expect(change.onlyBefore.map((p) => p.providerName)).toEqual(['B'])
    // A: 1 rood of 2 placed, then 3 of 3. B's three rood of before are not compared.
    expect(change.before.figures.placed).toBe(2)
    expect(change.now.figures.placed).toBe(3)
    expect(change.now.figures.totalStatus.rood - change.before.figures.totalStatus.rood).toBe(2)
    // The ronde itself still shows every file delivered: A and C.
    expect(figures.placed).toBe(4)
  })

  it('the Trend says the same as the Overzicht', () => {
    const { change, trend } = overviewOf()
    const last = trend.combined.at(-1)?.sincePrevious
    expect(last?.placed).toBe(1)
    expect(last?.totalStatus.rood).toBe(2)
    expect(last?.onlyBefore.map((p) => p.providerName)).toEqual(['B'])
    expect(last?.placed).toBe(
      (change?.now.figures.placed ?? 0) - (change?.before.figures.placed ?? 0),
    )
    expect(trend.combined[0]?.sincePrevious).toBeNull()
  })

  it('has no previous ronde to compare the first ronde with', () => {
    const first = buildMunicipalOverview({
      files,
      rondeDate: '2026-02-15',
      settings: {
        rondeAnchorDate: '2026-02-15',
        rondeWeeks: 6,
        rondeWindowWeeks: 6,
        dailyTariffs: {},
      },
      selection: { kind: 'all' },
      agreements: [],
      today: '2026-04-02',
    })
    expect(first.change).toBeNull()
  })
})
