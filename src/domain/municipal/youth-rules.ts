import type { ExchangeYouth } from '../exchange/exchange-schema-v2'

/*
 * The rules about one youth row that the overview's figures, the Jongeren filters, the screen
 * and the export all apply: one definition each, so a count and its filter never disagree.
 */

/** Age 17 on the peildatum: turns 18 within 12 months (the count behind "18 binnen 12 maanden"). */
export function turnsEighteenSoon(row: Pick<ExchangeYouth, 'age'>): boolean {
  return row.age === 17
}

/**
 * Turns 18 within 12 months without a groen Toekomstplan 18+ (a provider that does not use the
 * plan counts as not groen): the tile "18 binnen 12 maanden, zonder groen Toekomstplan" and
 * the Jongeren filter of the same name (issue 21 item 5).
 */
export function turnsEighteenWithoutPlan(row: Pick<ExchangeYouth, 'age' | 'statuses'>): boolean {
  return turnsEighteenSoon(row) && row.statuses.toekomstplan !== 'groen'
}

/** Past the beoogde uitstroomdatum: at least one day over it. */
export function isOverdue(row: Pick<ExchangeYouth, 'daysOverdue'>): boolean {
  return row.daysOverdue > 0
}

/** The days past the beoogde uitstroomdatum, or null when the youth is not past it. */
export function daysOverdueOf(row: Pick<ExchangeYouth, 'daysOverdue'>): number | null {
  return isOverdue(row) ? row.daysOverdue : null
}

/**
 * `count` as a share of `total`, 0–1. Null when the total is 0: without youths there is no
 * share, and the overview never makes up a 0.
 */
export function shareOfTotal(count: number, total: number): number | null {
  return total === 0 ? null : count / total
}
