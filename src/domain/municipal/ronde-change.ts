import type { IsoDate } from '../types'
import { moneyFigures, type MoneyFigures } from './money'
import { rowFigures, type RowFigures } from './row-figures'
import type { SelectedProvider, SelectedRonde } from './selected'
import { summaryFigures, type SummaryFigures } from './summary-figures'
import type { DailyTariffs, Selection } from './types'

/*
 * "Sinds de vorige ronde" means one thing on every tab and in every export (issue 21 item 1):
 * this ronde against the ronde before it, like with like — only the providers that delivered
 * in both count on either side. Providers in only one of the two are named, never mixed in.
 */

export interface ProviderRef {
  providerKey: string
  providerName: string
}

/** Which providers two rondes share, and which are in only one of them (by name). */
export interface ProviderOverlap {
  common: ProviderRef[]
  /** Delivered in this ronde, not in the previous one. */
  onlyNow: ProviderRef[]
  /** Delivered in the previous ronde, not in this one. */
  onlyBefore: ProviderRef[]
}

/** A provider of a ronde in the selection, from its rows or its digest. */
type Present = { provider: ProviderRef }

const ref = ({ provider }: Present): ProviderRef => ({
  providerKey: provider.providerKey,
  providerName: provider.providerName,
})

/** The one rule for "the same providers": present, for the selection, in both rondes. */
export function providerOverlap(
  now: readonly Present[],
  before: readonly Present[],
): ProviderOverlap {
  const nowKeys = new Set(now.map((s) => s.provider.providerKey))
  const beforeKeys = new Set(before.map((s) => s.provider.providerKey))
  return {
    common: now.filter((s) => beforeKeys.has(s.provider.providerKey)).map(ref),
    onlyNow: now.filter((s) => !beforeKeys.has(s.provider.providerKey)).map(ref),
    onlyBefore: before.filter((s) => !nowKeys.has(s.provider.providerKey)).map(ref),
  }
}

/** One side of the comparison: the figures over the common providers only. */
export interface ComparedSide {
  figures: RowFigures
  summary: SummaryFigures
  money: MoneyFigures | null
}

export interface RondeChange extends ProviderOverlap {
  previousRonde: IsoDate
  now: ComparedSide
  before: ComparedSide
}

function side(
  selected: readonly SelectedProvider[],
  common: ReadonlySet<string>,
  selection: Selection,
  tariffs: DailyTariffs,
): ComparedSide {
  const providers = selected.filter((s) => common.has(s.provider.providerKey))
  return {
    figures: rowFigures(providers),
    summary: summaryFigures(providers, selection),
    money: moneyFigures(providers, tariffs, selection),
  }
}

/**
 * This ronde against the previous one for the common providers. Null when there is no previous
 * ronde to compare with (the first ronde of the loaded files).
 */
export function rondeChange(
  now: SelectedRonde,
  before: SelectedRonde | null,
  previousRonde: IsoDate | null,
  selection: Selection,
  tariffs: DailyTariffs,
): RondeChange | null {
  if (!before || previousRonde === null) return null
  const overlap = providerOverlap(now.providers, before.providers)
  const common = new Set(overlap.common.map((p) => p.providerKey))
  return {
    ...overlap,
    previousRonde,
    now: side(now.providers, common, selection, tariffs),
    before: side(before.providers, common, selection, tariffs),
  }
}

/** `now − before` when both are known. */
export function difference(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : now - before
}
