import type { Figure } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { text } from '../report/cells'
import type { Cell } from '../table'
import { nbReasonText } from './municipal-labels'

/** A share (0.25 → 25,0%); empty without youths. */
export const share = (value: number | null): Cell => ({
  kind: 'number',
  value,
  decimals: 1,
  percent: true,
})

/** Euro with cents. */
export const money = (value: number | null): Cell => ({ kind: 'number', value, decimals: 2 })

/** The text "n.b.": never a 0 and never an empty cell, so nobody adds it up by mistake. */
export const nb = (t: Dictionary): Cell => text(t.municipalExport.nb)

/**
 * A figure as its value cell and the note beside it: the value, or "n.b." with the reason in
 * the note column.
 */
export function figureCells<T>(
  figure: Figure<T>,
  cell: (value: T) => Cell,
  t: Dictionary,
  note = '',
): [Cell, Cell] {
  return figure.kind === 'value'
    ? [cell(figure.value), text(note)]
    : [nb(t), text(nbReasonText(figure.reason, t))]
}
