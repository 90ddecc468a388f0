import { municipalityName } from '../municipalities'
import { DESTINATIONS, END_REASONS, STATUSES, type Status, type TotalStatus } from '../types'
import type { ExchangeLeaver, ExchangeMunicipality } from './exchange-schema-v2'

export interface MunicipalitySummaryInput {
  /** The youths placed on the peildatum (their gemeente then). */
  current: readonly { municipalityCode: string }[]
  /** The youths placed on the previous peildatum, by their gemeente on that date. */
  previous: readonly {
    municipalityCode: string
    totalStatus: TotalStatus
    statuses: Readonly<Record<string, Status>>
  }[]
  /** Randvoorwaarden in use on the previous peildatum. */
  previousPreconditionIds: readonly string[]
  /** The gemeente of every instroom in the period. */
  inflowCodes: readonly string[]
  leavers: readonly Pick<ExchangeLeaver, 'municipalityCode' | 'destination' | 'endReason'>[]
}

const zero = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

/**
 * One summary per gemeente that has a youth placed now or on the previous peildatum, or an
 * in- or uitstroom in the period (docs/exchange-v2-design.md §2.2), sorted by code. The
 * provider's board and the sample files both use this, so the two count alike.
 */
export function municipalitySummaries(input: MunicipalitySummaryInput): ExchangeMunicipality[] {
  const byCode = new Map<string, ExchangeMunicipality>()
  const entry = (code: string) => {
    let m = byCode.get(code)
    if (!m) {
      m = {
        code,
        name: municipalityName(code),
        placed: 0,
        placedPrevious: 0,
        inflow: 0,
        outflow: 0,
        outflowByDestination: zero(DESTINATIONS),
        outflowByReason: zero(END_REASONS),
        totalStatusPrevious: { rood: 0, oranje: 0, onbekend: 0, groen: 0 },
        perPreconditionPrevious: input.previousPreconditionIds.map((preconditionId) => ({
          preconditionId,
          counts: zero(STATUSES),
        })),
      }
      byCode.set(code, m)
    }
    return m
  }
  for (const y of input.current) entry(y.municipalityCode).placed++
  for (const y of input.previous) {
    const m = entry(y.municipalityCode)
    m.placedPrevious++
    m.totalStatusPrevious[y.totalStatus]++
    for (const p of m.perPreconditionPrevious) {
      const status = y.statuses[p.preconditionId]
      if (status) p.counts[status]++
    }
  }
  for (const code of input.inflowCodes) entry(code).inflow++
  for (const l of input.leavers) {
    const m = entry(l.municipalityCode)
    m.outflow++
    m.outflowByDestination[l.destination]++
    m.outflowByReason[l.endReason]++
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1))
}
