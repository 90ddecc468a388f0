import { asStoodAt, withEvent } from '../agreements/history'
import type { IsoDate, IsoTimestamp } from '../types'
import type { Agreement } from './types'

/** An afspraak as shown in one ronde: as it stood then (issue 21 item 3). */
export interface RondeAgreement {
  /** The afspraak as it stood at the ronde: its fields then, its history up to then. */
  agreement: Agreement
  /** Made in an earlier ronde and still open (then) here. */
  carriedOver: boolean
  /** Closed (or withdrawn) in this ronde. */
  closedHere: boolean
  /** Open and its streefdatum has passed (before today). */
  overdue: boolean
}

/**
 * The afspraak as it stood at ronde R when it shows there: made in R or before, and then still
 * open or closed in R itself. A past ronde therefore shows what was open at the time and the
 * text of the time, whatever happened later.
 */
export function agreementInRonde(a: Agreement, rondeDate: IsoDate): Agreement | null {
  const then = asStoodAt(a, rondeDate)
  if (!then) return null
  return then.status === 'open' || then.closedRonde === rondeDate ? then : null
}

export function agreementVisibleIn(a: Agreement, rondeDate: IsoDate): boolean {
  return agreementInRonde(a, rondeDate) !== null
}

const byName = new Intl.Collator('nl', { numeric: true })

/** The afspraken of a ronde as they stood then: open ones first, then by provider and streefdatum. */
export function agreementsForRonde(
  agreements: readonly Agreement[],
  rondeDate: IsoDate,
  today: IsoDate,
): RondeAgreement[] {
  const shown: RondeAgreement[] = []
  for (const current of agreements) {
    const agreement = agreementInRonde(current, rondeDate)
    if (!agreement) continue
    const open = agreement.status === 'open'
    shown.push({
      agreement,
      carriedOver: agreement.rondeDate < rondeDate,
      closedHere: !open && agreement.closedRonde === rondeDate,
      overdue: open && agreement.dueDate !== null && agreement.dueDate < today,
    })
  }
  return shown.sort(
    (x, y) =>
      (x.agreement.status === 'open' ? 0 : 1) - (y.agreement.status === 'open' ? 0 : 1) ||
      byName.compare(x.agreement.providerName, y.agreement.providerName) ||
      (x.agreement.dueDate ?? '9999').localeCompare(y.agreement.dueDate ?? '9999'),
  )
}

/** Closing (or withdrawing) an afspraak in a ronde: it shows up to and including that ronde. */
export function closeAgreement(
  a: Agreement,
  rondeDate: IsoDate,
  now: IsoTimestamp,
  by = '',
  status: 'afgerond' | 'ingetrokken' = 'afgerond',
): Agreement {
  const closedRonde = rondeDate < a.rondeDate ? a.rondeDate : rondeDate
  const closed = { ...a, status, closedRonde, updatedAt: now, version: a.version + 1 }
  return withEvent(closed, { event: status, ronde: closedRonde, at: now, by })
}

/** Reopening in ronde R: it carries over again from the ronde it was made in. */
export function reopenAgreement(
  a: Agreement,
  now: IsoTimestamp,
  rondeDate: IsoDate = a.closedRonde ?? a.rondeDate,
  by = '',
): Agreement {
  const open = { ...a, status: 'open' as const, closedRonde: null, updatedAt: now }
  return withEvent(
    { ...open, version: a.version + 1 },
    { event: 'heropend', ronde: rondeDate, at: now, by },
  )
}
