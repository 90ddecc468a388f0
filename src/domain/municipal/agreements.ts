import type { IsoDate, IsoTimestamp } from '../types'
import type { Agreement } from './types'

/** An afspraak as shown in one ronde. */
export interface RondeAgreement {
  agreement: Agreement
  /** Made in an earlier ronde and still open (then) here. */
  carriedOver: boolean
  /** Closed in this ronde. */
  closedHere: boolean
  /** Open and its streefdatum has passed (before today). */
  overdue: boolean
}

/** The ronde up to which an afspraak shows: its closing ronde, or forever while open. */
function lastRonde(a: Agreement): IsoDate | null {
  if (a.status === 'open') return null
  return a.closedRonde ?? a.rondeDate
}

/**
 * An afspraak made in ronde R shows in every ronde from R on while it is open, and up to and
 * including the ronde in which it was closed; never before R. A past ronde therefore shows
 * what was open at the time.
 */
export function agreementVisibleIn(a: Agreement, rondeDate: IsoDate): boolean {
  if (rondeDate < a.rondeDate) return false
  const last = lastRonde(a)
  return last === null || rondeDate <= last
}

const byName = new Intl.Collator('nl', { numeric: true })

/** The afspraken of a ronde: open ones first, then by provider and streefdatum. */
export function agreementsForRonde(
  agreements: readonly Agreement[],
  rondeDate: IsoDate,
  today: IsoDate,
): RondeAgreement[] {
  return agreements
    .filter((a) => agreementVisibleIn(a, rondeDate))
    .map((agreement) => ({
      agreement,
      carriedOver: agreement.rondeDate < rondeDate,
      closedHere: agreement.status === 'afgerond' && lastRonde(agreement) === rondeDate,
      overdue:
        agreement.status === 'open' && agreement.dueDate !== null && agreement.dueDate < today,
    }))
    .sort(
      (x, y) =>
        (x.agreement.status === 'open' ? 0 : 1) - (y.agreement.status === 'open' ? 0 : 1) ||
        byName.compare(x.agreement.providerName, y.agreement.providerName) ||
        (x.agreement.dueDate ?? '9999').localeCompare(y.agreement.dueDate ?? '9999'),
    )
}

/** Closing an afspraak in a ronde: it shows up to and including that ronde. */
export function closeAgreement(a: Agreement, rondeDate: IsoDate, now: IsoTimestamp): Agreement {
  return {
    ...a,
    status: 'afgerond',
    closedRonde: rondeDate < a.rondeDate ? a.rondeDate : rondeDate,
    updatedAt: now,
    version: a.version + 1,
  }
}

/** Reopening: it carries over again from the ronde it was made in. */
export function reopenAgreement(a: Agreement, now: IsoTimestamp): Agreement {
  return { ...a, status: 'open', closedRonde: null, updatedAt: now, version: a.version + 1 }
}
