import type { IsoDate, Status } from '../../domain/types'
import type { Cell } from '../table'

/** Cell constructors for report tables (the export writers only import the types). */
export const text = (value: string): Cell => ({ kind: 'text', value })
export const num = (value: number | null, decimals = 0): Cell => ({
  kind: 'number',
  value,
  decimals,
})
export const diff = (value: number | null): Cell => ({ kind: 'number', value, signed: true })
export const pct = (value: number): Cell => ({ kind: 'number', value, decimals: 1, percent: true })
export const date = (value: IsoDate | null): Cell => ({ kind: 'date', value })
export const status = (value: Status, label: string): Cell => ({ kind: 'status', value, label })
