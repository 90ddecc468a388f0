import type { ExchangeFile, ExchangeYouth } from '../../exchange/exchange-schema-v2'
import { PRECONDITION_IDS } from '../../preconditions'
import { defaultReasonCodes, reasonCodesFor } from '../../reason-codes'
import {
  DESTINATIONS,
  END_REASONS,
  STATUSES,
  type Destination,
  type EndReason,
  type IsoDate,
  type Owner,
  type Status,
} from '../../types'
import { changeCounts, statusCounts, totalStatusCounts, zeroCounts } from '../../municipal/counts'

type Summary = ExchangeFile['summary']

/** What a file's summary holds beyond its rows (a provider's history knows these). */
export interface SummaryFacts {
  period: { start: IsoDate; end: IsoDate }
  /** Randvoorwaarden in use on the peildatum, and on the previous one (default: the same). */
  preconditionIds: readonly string[]
  previousPreconditionIds?: readonly string[]
  /** The rows of the previous peildatum (same provider and scope). */
  previousRows: readonly ExchangeYouth[]
  /** Uitstroom dated within the period. */
  outflows: readonly { destination: Destination; reason: EndReason }[]
  /** Youths placed within the period, including any who left again; default: from the rows. */
  inflow?: number
  /** Rows whose youth turns 18 within 6 months of the peildatum (a subset of age 17). */
  within6Months?: (row: ExchangeYouth) => boolean
  /** The knelpuntcodes of a row per open randvoorwaarde; default: by the default code groups. */
  codesByPrecondition?: (row: ExchangeYouth) => Record<string, readonly string[]>
}

interface Open {
  rood: number
  oranje: number
  youths: number
}
const openCount = (): Open => ({ rood: 0, oranje: 0, youths: 0 })
function addOpen(o: Open, rood: boolean) {
  if (rood) o.rood++
  else o.oranje++
  o.youths++
}
function mostFirst<T extends Open>(rows: T[], name: (row: T) => string): T[] {
  return rows.sort(
    (a, b) => b.youths - a.youths || b.rood - a.rood || name(a).localeCompare(name(b), 'nl'),
  )
}

/** Default attribution: a code belongs to the open randvoorwaarde whose group holds it. */
function defaultCodesByPrecondition(row: ExchangeYouth): Record<string, readonly string[]> {
  const defaults = defaultReasonCodes()
  const open = Object.keys(row.statuses).filter(
    (id) => row.statuses[id] === 'rood' || row.statuses[id] === 'oranje',
  )
  const result: Record<string, string[]> = {}
  for (const code of row.reasonCodes) {
    const home =
      open.find((id) => reasonCodesFor(id, defaults).some((c) => c.code === code)) ?? open[0]
    if (home) (result[home] ??= []).push(code)
  }
  return result
}

function lengthOfStay(rows: readonly ExchangeYouth[]): Summary['lengthOfStay'] {
  const days = rows.map((r) => r.lengthOfStayDays).sort((a, b) => a - b)
  const n = days.length
  const mid = n >> 1
  return {
    meanDays: n ? days.reduce((s, d) => s + d, 0) / n : null,
    medianDays: n
      ? n % 2
        ? (days[mid] as number)
        : ((days[mid - 1] as number) + (days[mid] as number)) / 2
      : null,
    under1Year: days.filter((d) => d < 365).length,
    from1To2Years: days.filter((d) => d >= 365 && d < 730).length,
    over2Years: days.filter((d) => d >= 730).length,
  }
}

function bottlenecks(
  rows: readonly ExchangeYouth[],
  facts: SummaryFacts,
  peildatum: IsoDate,
): Summary['bottlenecks'] {
  const codesOf = facts.codesByPrecondition ?? defaultCodesByPrecondition
  const perPrecondition = new Map(
    facts.preconditionIds.map((id) => [id, { total: openCount(), codes: new Map<string, Open>() }]),
  )
  const perCode = new Map<string, Open>()
  const perOwner = new Map<Owner | null, Open & { overdue: number }>()
  for (const row of rows) {
    const codes = codesOf(row)
    const youthCodes = new Map<string, boolean>()
    for (const [id, status] of Object.entries(row.statuses)) {
      if (status !== 'rood' && status !== 'oranje') continue
      const rood = status === 'rood'
      const p = perPrecondition.get(id)
      if (p) addOpen(p.total, rood)
      for (const code of new Set(codes[id] ?? [])) {
        if (p) {
          const c = p.codes.get(code) ?? openCount()
          addOpen(c, rood)
          p.codes.set(code, c)
        }
        youthCodes.set(code, (youthCodes.get(code) ?? false) || rood)
      }
    }
    for (const [code, rood] of youthCodes) {
      const c = perCode.get(code) ?? openCount()
      addOpen(c, rood)
      perCode.set(code, c)
    }
    const owners = new Map<Owner | null, { rood: boolean; overdue: boolean }>()
    for (const a of row.actions) {
      const f = owners.get(a.owner) ?? { rood: false, overdue: false }
      if (a.status === 'rood') f.rood = true
      if (a.dueDate !== null && a.dueDate < peildatum) f.overdue = true
      owners.set(a.owner, f)
    }
    for (const [owner, f] of owners) {
      const o = perOwner.get(owner) ?? { ...openCount(), overdue: 0 }
      addOpen(o, f.rood)
      if (f.overdue) o.overdue++
      perOwner.set(owner, o)
    }
  }
  const codeRows = (m: Map<string, Open>) =>
    mostFirst(
      [...m].map(([code, o]) => ({ code, ...o })),
      (r) => r.code,
    )
  return {
    perPrecondition: facts.preconditionIds.map((preconditionId) => {
      const p = perPrecondition.get(preconditionId)
      return {
        preconditionId,
        ...(p?.total ?? openCount()),
        codes: codeRows(p?.codes ?? new Map<string, Open>()),
      }
    }),
    perCode: codeRows(perCode),
    perOwner: mostFirst(
      [...perOwner].map(([owner, o]) => ({ owner, ...o })),
      (r) => r.owner ?? '~',
    ),
  }
}

function statusesOf(rows: readonly ExchangeYouth[], id: string): Record<Status, number> {
  const counts = statusCounts()
  for (const row of rows) {
    const s = row.statuses[id]
    if (s) counts[s]++
  }
  return counts
}

/**
 * A file's summary worked out from its rows and the few facts rows cannot hold (the previous
 * peildatum's rows, uitstroom, 18+ within 6 months), following docs/exchange-format.md. Used
 * for fictitious sample files and test data, so their summaries always agree with their rows.
 */
export function summaryFromRows(rows: readonly ExchangeYouth[], facts: SummaryFacts): Summary {
  const { period, previousRows } = facts
  const previousIds = new Set(facts.previousPreconditionIds ?? facts.preconditionIds)
  const totalStatus = totalStatusCounts()
  const previousTotal = totalStatusCounts()
  for (const row of rows) totalStatus[row.totalStatus]++
  for (const row of previousRows) previousTotal[row.totalStatus]++
  const change = changeCounts()
  for (const row of rows) change[row.change]++
  const outflowByDestination = zeroCounts(DESTINATIONS)
  const outflowByReason = zeroCounts(END_REASONS)
  for (const o of facts.outflows) {
    outflowByDestination[o.destination]++
    outflowByReason[o.reason]++
  }
  const planUsed = facts.preconditionIds.includes(PRECONDITION_IDS.futurePlan)
  const within6 = facts.within6Months ?? (() => false)
  const eighteen = (months: 6 | 12) => {
    const youths = rows.filter((r) => r.age === 17 && (months === 12 || within6(r)))
    return {
      months,
      youths: youths.length,
      futurePlan: planUsed ? statusesOf(youths, PRECONDITION_IDS.futurePlan) : null,
    }
  }
  const overdue = rows.filter((r) => r.daysOverdue > 0)
  return {
    placed: rows.length,
    placedPrevious: previousRows.length,
    inflow:
      facts.inflow ??
      rows.filter((r) => r.placementDate >= period.start && r.placementDate <= period.end).length,
    outflow: facts.outflows.length,
    outflowByDestination,
    outflowByReason,
    lengthOfStay: lengthOfStay(rows),
    overdue: { youths: overdue.length, days: overdue.reduce((s, r) => s + r.daysOverdue, 0) },
    totalStatus: {
      rood: { count: totalStatus.rood, previous: previousTotal.rood },
      oranje: { count: totalStatus.oranje, previous: previousTotal.oranje },
      onbekend: { count: totalStatus.onbekend, previous: previousTotal.onbekend },
      groen: { count: totalStatus.groen, previous: previousTotal.groen },
    },
    perPrecondition: facts.preconditionIds.map((preconditionId) => {
      const now = statusesOf(rows, preconditionId)
      const before = previousIds.has(preconditionId)
        ? statusesOf(previousRows, preconditionId)
        : null
      return {
        preconditionId,
        counts: Object.fromEntries(
          STATUSES.map((s) => [s, { count: now[s], previous: before ? before[s] : null }]),
        ) as Summary['perPrecondition'][number]['counts'],
      }
    }),
    change,
    bottlenecks: bottlenecks(rows, facts, period.end),
    eighteenPlus: [eighteen(6), eighteen(12)],
  }
}
