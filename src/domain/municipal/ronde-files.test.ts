import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { selectRonde } from './ronde-files'

const SETTINGS = { rondeAnchorDate: '2026-02-15', rondeWeeks: 6, rondeWindowWeeks: 6 }
const RONDE = '2026-03-29'
const HAAG = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const DELFT = { kind: 'gemeente', code: 'GM0503', name: 'Delft' } as const
const HAAGLANDEN = { kind: 'regio', name: 'Haaglanden' } as const
const ALL = { kind: 'all', name: 'Alle gemeenten' } as const

const youth = (clientRef: string, municipalityCode = 'GM0518') =>
  makeExchangeYouth({ clientRef, municipalityCode })

describe('the files of a ronde', () => {
  it('per provider, the file with the latest peildatum in the window; each provider keeps its own peildatum', () => {
    const ronde = selectRonde(
      [
        makeStoredFile({ provider: 'A', peildatum: '2026-03-01', youths: [youth('old')] }),
        makeStoredFile({ provider: 'A', peildatum: '2026-03-22', youths: [youth('new')] }),
        makeStoredFile({ provider: 'B', peildatum: '2026-03-29' }),
        makeStoredFile({ provider: 'B', peildatum: '2026-04-05' }), // after the ronde
      ],
      RONDE,
      SETTINGS,
    )
    expect(ronde.providers.map((p) => [p.providerName, p.peildatum])).toEqual([
      ['A', '2026-03-22'],
      ['B', '2026-03-29'],
    ])
    expect(ronde.providers[0]?.rows.map((r) => r.clientRef)).toEqual(['new'])
  })

  it('the window excludes the day rondeWindowWeeks weeks before the ronde and includes the ronde date', () => {
    const ronde = selectRonde(
      [
        makeStoredFile({ provider: 'A', peildatum: '2026-02-15' }),
        makeStoredFile({ provider: 'B', peildatum: '2026-02-16' }),
      ],
      RONDE,
      SETTINGS,
    )
    expect(ronde.windowStart).toBe('2026-02-16')
    expect(ronde.providers.map((p) => p.providerName)).toEqual(['B'])
  })

  it('a provider with an earlier file but none in the window is ontbreekt, with its last peildatum', () => {
    const ronde = selectRonde(
      [
        makeStoredFile({ provider: 'A', peildatum: '2026-01-04' }),
        makeStoredFile({ provider: 'A', peildatum: '2026-02-15' }),
        makeStoredFile({ provider: 'B', peildatum: '2026-03-29' }),
        makeStoredFile({ provider: 'C', peildatum: '2026-05-10' }), // only later: not listed
      ],
      RONDE,
      SETTINGS,
    )
    expect(ronde.providers.map((p) => p.providerName)).toEqual(['B'])
    expect(ronde.missing).toEqual([
      { providerKey: 'a', providerName: 'A', lastPeildatum: '2026-02-15', lastScopes: [HAAG] },
    ])
  })

  it('drops a file whose scope lies inside another file of the same peildatum; disjoint files are both used', () => {
    const ronde = selectRonde(
      [
        makeStoredFile({ provider: 'A', scope: HAAG, youths: [youth('h1')] }),
        makeStoredFile({
          provider: 'A',
          scope: HAAGLANDEN,
          youths: [youth('h1'), youth('d1', 'GM0503')],
        }),
        makeStoredFile({ provider: 'B', scope: HAAG, youths: [youth('b1')] }),
        makeStoredFile({ provider: 'B', scope: DELFT, youths: [youth('b2', 'GM0503')] }),
        makeStoredFile({ provider: 'C', scope: HAAGLANDEN, youths: [youth('c1')] }),
        makeStoredFile({ provider: 'C', scope: ALL, youths: [youth('c1'), youth('c2', 'GM0363')] }),
      ],
      RONDE,
      SETTINGS,
    )
    const [a, b, c] = ronde.providers
    expect(a?.files.map((f) => f.file.scope)).toEqual([HAAGLANDEN])
    expect(a?.rows.map((r) => r.clientRef)).toEqual(['h1', 'd1'])
    expect(b?.files.map((f) => f.file.scope.name).sort()).toEqual(["'s-Gravenhage", 'Delft'])
    expect(b?.rows.map((r) => r.clientRef).sort()).toEqual(['b1', 'b2'])
    expect(c?.files.map((f) => f.file.scope)).toEqual([ALL])
  })

  it('youth rows are de-duplicated by cliëntnummer per provider', () => {
    const amsterdam = { kind: 'gemeente', code: 'GM0363', name: 'Amsterdam' } as const
    const ronde = selectRonde(
      [
        // Two disjoint files that both (wrongly) hold X-1: it counts once.
        makeStoredFile({ provider: 'A', scope: HAAG, youths: [youth('X-1'), youth('X-2')] }),
        makeStoredFile({ provider: 'A', scope: amsterdam, youths: [youth('X-1', 'GM0363')] }),
      ],
      RONDE,
      SETTINGS,
    )
    expect(ronde.providers[0]?.rows.map((r) => r.clientRef).sort()).toEqual(['X-1', 'X-2'])
  })
})
