import type { Agreement, StoredAgreement } from '../municipal/types'
import type { IsoDate, IsoTimestamp } from '../types'
import {
  AGREEMENT_OWNERS,
  CHANGE_FIELDS,
  type AgreementEvent,
  type AgreementOwner,
  type ChangeField,
} from './agreements-schema'

type Change = AgreementEvent['changes'][number]
type FieldValue = Change['before']

/**
 * A UUID derived from the afspraak's own, for the events made up for an old record: the same on
 * every laptop that normalises it, so a sync or merge unions them instead of doubling them.
 */
function derivedId(id: string, n: number): string {
  const last = parseInt(id.slice(-1), 16)
  if (Number.isNaN(last)) return `${id}-${n}`
  return `${id.slice(0, -1)}${((last + n) % 16).toString(16)}`
}

function isOwner(value: unknown): value is AgreementOwner {
  return (AGREEMENT_OWNERS as readonly string[]).includes(value as string)
}

/**
 * The current shape of a stored afspraak. Old records (no history, one cliëntnummer, a
 * precondition eigenaar such as `gi`) get a synthetic `gemaakt` event, `afgerond` when closed,
 * and their eigenaar read as `samen` with the original kept as the `before` of a `gewijzigd`
 * event, so nothing is lost (docs/agreements-file-design.md §1, §3).
 */
export function normaliseAgreement(stored: StoredAgreement): Agreement {
  if (stored.history !== undefined) return stored
  const { clientRef, owner: oldOwner, ...rest } = stored
  const owner = oldOwner === null || isOwner(oldOwner) ? oldOwner : 'samen'
  const history: AgreementEvent[] = [
    {
      id: derivedId(stored.id, 0),
      event: 'gemaakt',
      ronde: stored.rondeDate,
      at: stored.createdAt,
      by: '',
      changes: [],
    },
  ]
  if (owner !== oldOwner) {
    history.push({
      id: derivedId(stored.id, 1),
      event: 'gewijzigd',
      ronde: stored.rondeDate,
      at: stored.createdAt,
      by: '',
      changes: [{ field: 'owner', before: oldOwner, after: owner }],
    })
  }
  if (stored.status === 'afgerond') {
    history.push({
      id: derivedId(stored.id, 2),
      event: 'afgerond',
      ronde: stored.closedRonde ?? stored.rondeDate,
      at: stored.updatedAt,
      by: '',
      changes: [],
    })
  }
  return {
    ...rest,
    clientRefs: clientRef ? [clientRef] : [],
    owner,
    kind: null,
    response: null,
    history,
    sentAt: null,
  }
}

/** The value of a field as an event records it (a copy of a list, so nothing is shared). */
function valueOf(a: Agreement, field: ChangeField): FieldValue {
  const value = a[field]
  return Array.isArray(value) ? [...value] : value
}

function sameValue(x: FieldValue, y: FieldValue): boolean {
  return JSON.stringify(x) === JSON.stringify(y)
}

/** The `changes` of a `gewijzigd` event between two states; empty when nothing changed. */
export function changesBetween(before: Agreement, after: Agreement): Change[] {
  return CHANGE_FIELDS.filter((f) => !sameValue(valueOf(before, f), valueOf(after, f))).map(
    (field) => ({ field, before: valueOf(before, field), after: valueOf(after, field) }),
  )
}

export interface EventInput {
  event: AgreementEvent['event']
  ronde: IsoDate
  at: IsoTimestamp
  by: string
  changes?: Change[]
}

/** The record with one event appended: every write of an afspraak goes through here. */
export function withEvent(a: Agreement, input: EventInput): Agreement {
  const event: AgreementEvent = {
    id: crypto.randomUUID(),
    event: input.event,
    ronde: input.ronde,
    at: input.at,
    by: input.by,
    changes: input.changes ?? [],
  }
  return { ...a, history: [...a.history, event] }
}

function setField(a: Agreement, field: ChangeField, value: FieldValue): Agreement {
  const copy: Agreement = { ...a }
  Object.assign(copy, { [field]: Array.isArray(value) ? [...value] : value })
  return copy
}

/** The closing event a `heropend` undid: the last `afgerond`/`ingetrokken` before it. */
function closingBefore(history: readonly AgreementEvent[], index: number): AgreementEvent | null {
  for (const e of history.slice(0, index).reverse()) {
    if (e.event === 'afgerond' || e.event === 'ingetrokken') return e
    if (e.event === 'heropend') return null
  }
  return null
}

/**
 * The afspraak as it stood at ronde R: its current fields with every event of a later ronde
 * undone, newest first, and only the events up to R in its history (issue 21 item 3). Null
 * when it was not yet made at R.
 */
export function asStoodAt(a: Agreement, ronde: IsoDate): Agreement | null {
  if (a.rondeDate > ronde) return null
  let state: Agreement = a
  for (const [i, e] of [...a.history.entries()].reverse()) {
    if (e.ronde <= ronde) continue
    for (const change of e.changes) state = setField(state, change.field, change.before)
    if (e.event === 'afgerond' || e.event === 'ingetrokken') {
      state = { ...state, status: 'open', closedRonde: null }
    } else if (e.event === 'heropend') {
      const closing = closingBefore(a.history, i)
      if (closing) {
        state = {
          ...state,
          status: closing.event === 'afgerond' ? 'afgerond' : 'ingetrokken',
          closedRonde: closing.ronde,
        }
      }
    }
  }
  return { ...state, history: a.history.filter((e) => e.ronde <= ronde) }
}
