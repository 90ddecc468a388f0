import { isOpenStatus } from '../statuses'
import type { IsoDate, Owner } from '../types'
import type { StateOnDate } from './youth-state'

/** Youths rood, youths oranje and youths rood or oranje (each youth counted once per row). */
export interface OpenCount {
  rood: number
  oranje: number
  youths: number
}

export interface CodeCount extends OpenCount {
  code: string
}

export interface Bottlenecks {
  /** Per precondition: youths rood/oranje on it, and per knelpuntcode on that precondition. */
  perPrecondition: (OpenCount & { preconditionId: string; codes: CodeCount[] })[]
  /** Per knelpuntcode over all preconditions. */
  perCode: CodeCount[]
  /** Per eigenaar of an open precondition (null: nobody named), with passed streefdatum. */
  perOwner: (OpenCount & { owner: Owner | null; overdue: number })[]
}

class Tally<K> {
  readonly rows = new Map<K, OpenCount & { overdue: number }>()
  add(key: K, rood: boolean, oranje: boolean, overdue = false) {
    let row = this.rows.get(key)
    if (!row) {
      row = { rood: 0, oranje: 0, youths: 0, overdue: 0 }
      this.rows.set(key, row)
    }
    if (rood) row.rood++
    if (oranje) row.oranje++
    row.youths++
    if (overdue) row.overdue++
  }
}

/** Most youths first, then most rood, then by name; a row without a name (no eigenaar) last. */
function mostFirst<T extends OpenCount>(rows: T[], name: (row: T) => string | null): T[] {
  const byName = (a: string | null, b: string | null) =>
    a === null || b === null ? Number(a === null) - Number(b === null) : a.localeCompare(b, 'nl')
  return rows.sort((a, b) => b.youths - a.youths || b.rood - a.rood || byName(name(a), name(b)))
}

interface YouthFlags {
  rood: boolean
  oranje: boolean
  overdue: boolean
}

function flag(map: Map<string, YouthFlags>, key: string, rood: boolean, overdue: boolean) {
  const f = map.get(key) ?? { rood: false, oranje: false, overdue: false }
  if (rood) f.rood = true
  else f.oranje = true
  if (overdue) f.overdue = true
  map.set(key, f)
}

/**
 * Knelpunten: an open precondition is one rood or oranje on the peildatum. Counts are youths,
 * so a youth with the same code on two preconditions counts once in the code's total.
 */
export function bottlenecks(onEnd: StateOnDate, peildatum: IsoDate): Bottlenecks {
  const perPrecondition = new Map(onEnd.preconditionIds.map((id) => [id, new Tally<string>()]))
  const preconditionTotals = new Tally<string>()
  const codes = new Tally<string>()
  const owners = new Tally<Owner | null>()
  const NONE = '\u0000'

  for (const y of onEnd.youths.values()) {
    const youthCodes = new Map<string, YouthFlags>()
    const youthOwners = new Map<string, YouthFlags>()
    for (const [id, status] of y.statuses) {
      if (!isOpenStatus(status)) continue
      const rood = status === 'rood'
      const assessment = y.assessments?.get(id)
      preconditionTotals.add(id, rood, !rood)
      for (const code of new Set(assessment?.reasonCodes ?? [])) {
        perPrecondition.get(id)?.add(code, rood, !rood)
        flag(youthCodes, code, rood, false)
      }
      const due = assessment?.dueDate ?? null
      flag(youthOwners, assessment?.owner ?? NONE, rood, due !== null && due < peildatum)
    }
    for (const [code, f] of youthCodes) codes.add(code, f.rood, f.oranje)
    for (const [owner, f] of youthOwners) {
      owners.add(owner === NONE ? null : (owner as Owner), f.rood, f.oranje, f.overdue)
    }
  }

  const codeRows = (tally: Tally<string> | undefined): CodeCount[] =>
    mostFirst(
      [...(tally?.rows ?? [])].map(([code, { rood, oranje, youths }]) => ({
        code,
        rood,
        oranje,
        youths,
      })),
      (r) => r.code,
    )
  return {
    perPrecondition: onEnd.preconditionIds.map((preconditionId) => {
      const total = preconditionTotals.rows.get(preconditionId)
      return {
        preconditionId,
        rood: total?.rood ?? 0,
        oranje: total?.oranje ?? 0,
        youths: total?.youths ?? 0,
        codes: codeRows(perPrecondition.get(preconditionId)),
      }
    }),
    perCode: codeRows(codes),
    perOwner: mostFirst(
      [...owners.rows].map(([owner, count]) => ({ owner, ...count })),
      (r) => r.owner,
    ),
  }
}
