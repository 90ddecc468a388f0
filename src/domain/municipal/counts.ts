import { TOTAL_STATUS_ORDER } from '../statuses'
import { STATUSES, type Status, type TotalStatus } from '../types'
import type { YouthChange } from './types'

export const CHANGES = ['beter', 'slechter', 'gelijk', 'nieuw'] as const satisfies YouthChange[]

export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

export const totalStatusCounts = (): Record<TotalStatus, number> => zeroCounts(TOTAL_STATUS_ORDER)
export const statusCounts = (): Record<Status, number> => zeroCounts(STATUSES)
export const changeCounts = (): Record<YouthChange, number> => zeroCounts(CHANGES)
