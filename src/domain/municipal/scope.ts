import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import { jeugdregioOf, regionOfYouth } from '../municipalities'
import type { FileScope, Selection } from './types'

type Area = FileScope | Selection

/**
 * Whether `inner` lies inside `outer`: everything lies inside `all`; a gemeente lies inside
 * itself and inside its jeugdregio (by the shipped list); a jeugdregio lies inside itself.
 */
export function scopeWithin(inner: Area, outer: Area): boolean {
  switch (outer.kind) {
    case 'all':
      return true
    case 'gemeente':
      return inner.kind === 'gemeente' && inner.code === outer.code
    case 'regio':
      return (
        (inner.kind === 'regio' && inner.name === outer.name) ||
        (inner.kind === 'gemeente' && jeugdregioOf(inner.code) === outer.name)
      )
  }
}

/** Whether two areas share any gemeente: one lies inside the other. */
export function scopesOverlap(a: Area, b: Area): boolean {
  return scopeWithin(a, b) || scopeWithin(b, a)
}

type RowPlace = Pick<ExchangeYouth, 'municipalityCode' | 'jeugdregio'>

/**
 * A test for youth rows: in the selection by their gemeente, or by their jeugdregio (from the
 * shipped list where it knows the gemeente, else as the provider wrote it).
 */
export function rowFilter(selection: Selection): ((row: RowPlace) => boolean) | null {
  switch (selection.kind) {
    case 'all':
      return null
    case 'gemeente':
      return (row) => row.municipalityCode === selection.code
    case 'regio':
      return (row) => regionOfYouth(row) === selection.name
  }
}

export function rowInSelection(row: RowPlace, selection: Selection): boolean {
  return rowFilter(selection)?.(row) ?? true
}
