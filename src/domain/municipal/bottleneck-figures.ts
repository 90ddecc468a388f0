import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import type { IsoDate, Owner } from '../types'

/** Youths with a knelpuntcode, and at how many providers. */
export interface CodeFigure {
  code: string
  youths: number
  providers: number
}

/** Youths with an open randvoorwaarde whose next step is this eigenaar's (null: not recorded). */
export interface OwnerFigure {
  owner: Owner | null
  youths: number
  /** Of them, youths with such an action rood. */
  rood: number
  /** Of them, youths with such an action past its streefdatum on the file's peildatum. */
  overdue: number
}

interface CodeTally {
  youths: number
  providers: number
  /** The provider counted last, so a provider counts once without a set per code. */
  lastProvider: number
}

const NONE = '\u0000'

/** Knelpunten per code and open randvoorwaarden per eigenaar, one row at a time. */
export class BottleneckTally {
  private readonly codes = new Map<string, CodeTally>()
  private readonly owners = new Map<string, OwnerFigure>()
  private provider = -1
  private peildatum: IsoDate = ''

  startProvider(index: number, peildatum: IsoDate) {
    this.provider = index
    this.peildatum = peildatum
  }

  add(row: ExchangeYouth) {
    const codes = row.reasonCodes.length > 1 ? new Set(row.reasonCodes) : row.reasonCodes
    for (const code of codes) {
      let c = this.codes.get(code)
      if (!c) {
        c = { youths: 0, providers: 0, lastProvider: -1 }
        this.codes.set(code, c)
      }
      c.youths++
      if (c.lastProvider !== this.provider) {
        c.providers++
        c.lastProvider = this.provider
      }
    }
    if (row.actions.length === 0) return
    // Per youth and eigenaar once: rood or overdue when any of that eigenaar's actions is.
    const seen = new Map<string, { rood: boolean; overdue: boolean }>()
    for (const a of row.actions) {
      const key = a.owner ?? NONE
      const flags = seen.get(key) ?? { rood: false, overdue: false }
      if (a.status === 'rood') flags.rood = true
      if (a.dueDate !== null && a.dueDate < this.peildatum) flags.overdue = true
      seen.set(key, flags)
    }
    for (const [key, flags] of seen) {
      let o = this.owners.get(key)
      if (!o) {
        o = { owner: key === NONE ? null : (key as Owner), youths: 0, rood: 0, overdue: 0 }
        this.owners.set(key, o)
      }
      o.youths++
      if (flags.rood) o.rood++
      if (flags.overdue) o.overdue++
    }
  }

  /** Most youths first, then code. */
  codeFigures(): CodeFigure[] {
    return [...this.codes]
      .map(([code, c]) => ({ code, youths: c.youths, providers: c.providers }))
      .sort((a, b) => b.youths - a.youths || a.code.localeCompare(b.code, 'nl'))
  }

  /** Most youths first; not recorded last. */
  ownerFigures(): OwnerFigure[] {
    return [...this.owners.values()].sort(
      (a, b) =>
        (a.owner === null ? 1 : 0) - (b.owner === null ? 1 : 0) ||
        b.youths - a.youths ||
        (a.owner ?? '').localeCompare(b.owner ?? ''),
    )
  }
}
