import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import { BUILTIN_PRECONDITION_IDS } from '../preconditions'
import type { Status } from '../types'
import { statusCounts } from './counts'
import type { RondeProvider } from './ronde-files'

/** Status counts of one randvoorwaarde over the selection's youths. */
export interface PreconditionFigure {
  /** The id for a standard randvoorwaarde; `providerKey|id` for a provider's own. */
  key: string
  preconditionId: string
  /** The name in the (first) file that uses it; the UI may show its own name for a standard id. */
  name: string
  /** The provider a provider's own (`eigen-…`) randvoorwaarde belongs to; null for a standard one. */
  provider: { providerKey: string; providerName: string } | null
  /** Youths with a status on it. */
  youths: number
  counts: Record<Status, number>
}

const STANDARD = new Set(BUILTIN_PRECONDITION_IDS)

/**
 * Per randvoorwaarde and status. Standard ids mean the same at every provider and are
 * combined; any other id (`eigen-…`) is the provider's own and is kept per provider.
 */
export class PreconditionTally {
  private readonly figures = new Map<string, PreconditionFigure>()
  private names = new Map<string, string>()
  private provider: RondeProvider | null = null

  startProvider(provider: RondeProvider) {
    this.provider = provider
    this.names = new Map()
    for (const f of provider.files) {
      for (const p of f.file.preconditions) if (!this.names.has(p.id)) this.names.set(p.id, p.name)
    }
  }

  add(row: ExchangeYouth) {
    const provider = this.provider as RondeProvider
    for (const id in row.statuses) {
      const status = row.statuses[id] as Status
      const standard = STANDARD.has(id)
      const key = standard ? id : `${provider.providerKey}|${id}`
      let figure = this.figures.get(key)
      if (!figure) {
        figure = {
          key,
          preconditionId: id,
          name: this.names.get(id) ?? id,
          provider: standard
            ? null
            : { providerKey: provider.providerKey, providerName: provider.providerName },
          youths: 0,
          counts: statusCounts(),
        }
        this.figures.set(key, figure)
      }
      figure.youths++
      figure.counts[status]++
    }
  }

  /** Standard ones in their fixed order, then providers' own by provider and name. */
  result(): PreconditionFigure[] {
    const order = (f: PreconditionFigure) =>
      f.provider
        ? BUILTIN_PRECONDITION_IDS.length
        : BUILTIN_PRECONDITION_IDS.indexOf(f.preconditionId)
    return [...this.figures.values()].sort(
      (a, b) =>
        order(a) - order(b) ||
        (a.provider?.providerName ?? '').localeCompare(b.provider?.providerName ?? '', 'nl') ||
        a.name.localeCompare(b.name, 'nl'),
    )
  }
}
