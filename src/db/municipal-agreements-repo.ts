import { AGREEMENT_KINDS, AGREEMENT_OWNERS } from '../domain/agreements/agreements-schema'
import { changesBetween, normaliseAgreement, withEvent } from '../domain/agreements/history'
import { isIsoDate } from '../domain/dates'
import { closeAgreement, reopenAgreement } from '../domain/municipal'
import type { Agreement, StoredAgreement } from '../domain/municipal'
import type { IsoDate } from '../domain/types'
import { ValidationError, type FieldErrors } from '../domain/validation'
import { appendAudit } from './audit-repo'
import { db } from './database'
import { changeRecord } from './record-change'

/** What the user enters for an afspraak; the rest (id, status, times, version) is the repository's. */
export type AgreementInput = Pick<
  Agreement,
  | 'providerKey'
  | 'providerName'
  | 'rondeDate'
  | 'reasonCode'
  | 'clientRefs'
  | 'text'
  | 'owner'
  | 'dueDate'
  | 'kind'
  | 'response'
>

type AgreementField = keyof AgreementInput

const INPUT_FIELDS: readonly AgreementField[] = [
  'providerKey',
  'providerName',
  'rondeDate',
  'reasonCode',
  'clientRefs',
  'text',
  'owner',
  'dueDate',
  'kind',
  'response',
]

/** Blank optional text is "none", so an empty cliëntnummer never looks like a youth. */
function clean(input: AgreementInput): AgreementInput {
  const orNull = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim())
  return {
    ...input,
    providerName: input.providerName.trim(),
    reasonCode: orNull(input.reasonCode),
    clientRefs: [...new Set(input.clientRefs.map((r) => r.trim()).filter((r) => r !== ''))],
    text: input.text.trim(),
    response: orNull(input.response),
  }
}

function check(input: AgreementInput): void {
  const errors: FieldErrors<AgreementField> = {}
  if (input.providerKey === '') errors.providerKey = 'required'
  if (input.text === '') errors.text = 'required'
  if (!isIsoDate(input.rondeDate)) errors.rondeDate = 'invalidDate'
  if (input.dueDate !== null && !isIsoDate(input.dueDate)) errors.dueDate = 'invalidDate'
  if (input.owner !== null && !AGREEMENT_OWNERS.includes(input.owner)) errors.owner = 'unknownValue'
  if (input.kind !== null && !AGREEMENT_KINDS.includes(input.kind)) errors.kind = 'unknownValue'
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
}

function auditLine(actor: string, before: StoredAgreement | null, after: StoredAgreement | null) {
  return {
    actor,
    kind: 'municipal' as const,
    youthId: null,
    preconditionId: null,
    before,
    after,
  }
}

/** Every afspraak in the current shape (records from before it are normalised as read). */
export async function listAgreements(): Promise<Agreement[]> {
  const stored: StoredAgreement[] = await db.agreements.toArray()
  return stored.map(normaliseAgreement)
}

/** A new open afspraak, made in `input.rondeDate`. */
export async function addAgreement(input: AgreementInput, actor: string): Promise<Agreement> {
  const values = clean(input)
  check(values)
  const now = new Date().toISOString()
  const made: Agreement = {
    ...values,
    id: crypto.randomUUID(),
    status: 'open',
    closedRonde: null,
    history: [],
    sentAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  }
  const agreement = withEvent(made, {
    event: 'gemaakt',
    ronde: values.rondeDate,
    at: now,
    by: actor,
  })
  await db.transaction('rw', db.agreements, db.audit, async () => {
    await db.agreements.add(agreement)
    await appendAudit({ ...auditLine(actor, null, agreement), at: now })
  })
  return agreement
}

/**
 * One audited change to an afspraak that the caller saw at `expectedVersion`. When it changed
 * meanwhile (another tab, another edit) it throws StaleRecordError and writes nothing.
 */
function changeAgreement(
  id: string,
  expectedVersion: number,
  actor: string,
  next: (before: Agreement, now: string) => Agreement,
): Promise<Agreement> {
  return db.transaction('rw', db.agreements, db.audit, async () => {
    const after = await changeRecord(db.agreements, id, {
      missing: 'Agreement',
      expectedVersion,
      next: (before) => {
        const current = normaliseAgreement(before)
        const after = next(current, new Date().toISOString())
        return after === current ? before : after
      },
      audit: (before, after) => auditLine(actor, before, after),
    })
    // Unchanged, an old record comes back as stored: the caller sees the current shape.
    return normaliseAgreement(after)
  })
}

/**
 * Changes what was agreed (text, eigenaar, streefdatum, …) in ronde `ronde` (the one chosen on
 * screen, so its history says in which ronde); status stays as it is.
 */
export function updateAgreement(
  id: string,
  expectedVersion: number,
  changes: Partial<AgreementInput>,
  actor = '',
  ronde?: IsoDate,
): Promise<Agreement> {
  return changeAgreement(id, expectedVersion, actor, (before, now) => {
    const merged = { ...before }
    for (const field of INPUT_FIELDS) {
      if (changes[field] !== undefined) Object.assign(merged, { [field]: changes[field] })
    }
    const values = clean(merged)
    check(values)
    const after: Agreement = { ...before, ...values, updatedAt: now, version: before.version + 1 }
    const fieldChanges = changesBetween(before, after)
    const moved = INPUT_FIELDS.some((f) => JSON.stringify(values[f]) !== JSON.stringify(before[f]))
    if (!moved) return before
    return withEvent(after, {
      event: 'gewijzigd',
      ronde: ronde ?? before.rondeDate,
      at: now,
      by: actor,
      changes: fieldChanges,
    })
  })
}

/**
 * Closes (afgerond) or withdraws (ingetrokken) an afspraak in ronde `rondeDate` (it shows up to
 * and including that ronde) or opens it again (it carries over from the ronde it was made in).
 */
export function setAgreementStatus(
  id: string,
  expectedVersion: number,
  status: Agreement['status'],
  rondeDate: IsoDate,
  actor = '',
): Promise<Agreement> {
  return changeAgreement(id, expectedVersion, actor, (before, now) => {
    if (status === 'open') {
      return before.status === 'open' ? before : reopenAgreement(before, now, rondeDate, actor)
    }
    const closed = closeAgreement(before, rondeDate, now, actor, status)
    const same = before.status === status && before.closedRonde === closed.closedRonde
    return same ? before : closed
  })
}

/** Raised when deleting an afspraak that already went out: it can only be withdrawn. */
export class AgreementSentError extends Error {
  constructor() {
    super('Agreement was sent; withdraw it instead')
    this.name = 'AgreementSentError'
  }
}

/**
 * Deletes an afspraak never sent. Once sent the provider must learn it is withdrawn, which a
 * deleted record cannot say: then it is `ingetrokken` (setAgreementStatus) instead.
 */
export async function removeAgreement(id: string, actor = ''): Promise<void> {
  await db.transaction('rw', db.agreements, db.audit, async () => {
    const before = await db.agreements.get(id)
    if (!before) return
    if (normaliseAgreement(before).sentAt !== null) throw new AgreementSentError()
    await db.agreements.delete(id)
    await appendAudit(auditLine(actor, before, null))
  })
}

/** Marks afspraken as sent (the first time only), without a version step: nothing was edited. */
export async function markAgreementsSent(ids: readonly string[], at: string): Promise<void> {
  await db.transaction('rw', db.agreements, async () => {
    for (const id of ids) {
      const stored = await db.agreements.get(id)
      if (!stored) continue
      const current = normaliseAgreement(stored)
      if (current.sentAt === null) await db.agreements.put({ ...current, sentAt: at } as Agreement)
    }
  })
}
