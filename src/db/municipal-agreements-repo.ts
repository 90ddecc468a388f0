import { isIsoDate } from '../domain/dates'
import { closeAgreement, reopenAgreement } from '../domain/municipal'
import type { Agreement } from '../domain/municipal'
import { OWNERS, type IsoDate } from '../domain/types'
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
  | 'clientRef'
  | 'text'
  | 'owner'
  | 'dueDate'
>

type AgreementField = keyof AgreementInput

const INPUT_FIELDS: readonly AgreementField[] = [
  'providerKey',
  'providerName',
  'rondeDate',
  'reasonCode',
  'clientRef',
  'text',
  'owner',
  'dueDate',
]

/** Blank optional text is "none", so an empty cliëntnummer never looks like a youth. */
function clean(input: AgreementInput): AgreementInput {
  const orNull = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim())
  return {
    ...input,
    providerName: input.providerName.trim(),
    reasonCode: orNull(input.reasonCode),
    clientRef: orNull(input.clientRef),
    text: input.text.trim(),
  }
}

function check(input: AgreementInput): void {
  const errors: FieldErrors<AgreementField> = {}
  if (input.providerKey === '') errors.providerKey = 'required'
  if (input.text === '') errors.text = 'required'
  if (!isIsoDate(input.rondeDate)) errors.rondeDate = 'invalidDate'
  if (input.dueDate !== null && !isIsoDate(input.dueDate)) errors.dueDate = 'invalidDate'
  if (input.owner !== null && !OWNERS.includes(input.owner)) errors.owner = 'unknownValue'
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
}

function auditLine(actor: string, before: Agreement | null, after: Agreement | null) {
  return {
    actor,
    kind: 'municipal' as const,
    youthId: null,
    preconditionId: null,
    before,
    after,
  }
}

export async function listAgreements(): Promise<Agreement[]> {
  return db.agreements.toArray()
}

/** A new open afspraak, made in `input.rondeDate`. */
export async function addAgreement(input: AgreementInput, actor: string): Promise<Agreement> {
  const values = clean(input)
  check(values)
  const now = new Date().toISOString()
  const agreement: Agreement = {
    ...values,
    id: crypto.randomUUID(),
    status: 'open',
    closedRonde: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  }
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
      next: (before) => next(before, new Date().toISOString()),
      audit: (before, after) => auditLine(actor, before, after),
    })
    return after
  })
}

/** Changes what was agreed (text, eigenaar, streefdatum, …); status stays as it is. */
export function updateAgreement(
  id: string,
  expectedVersion: number,
  changes: Partial<AgreementInput>,
  actor = '',
): Promise<Agreement> {
  return changeAgreement(id, expectedVersion, actor, (before, now) => {
    const merged = { ...before }
    for (const field of INPUT_FIELDS) {
      if (changes[field] !== undefined) Object.assign(merged, { [field]: changes[field] })
    }
    const values = clean(merged)
    check(values)
    const unchanged = INPUT_FIELDS.every((field) => values[field] === before[field])
    if (unchanged) return before
    return { ...before, ...values, updatedAt: now, version: before.version + 1 }
  })
}

/**
 * Closes an afspraak in ronde `rondeDate` (it shows up to and including that ronde) or opens it
 * again (it carries over from the ronde it was made in).
 */
export function setAgreementStatus(
  id: string,
  expectedVersion: number,
  status: Agreement['status'],
  rondeDate: IsoDate,
  actor = '',
): Promise<Agreement> {
  return changeAgreement(id, expectedVersion, actor, (before, now) => {
    if (status === 'open') return before.status === 'open' ? before : reopenAgreement(before, now)
    const closed = closeAgreement(before, rondeDate, now)
    const same = before.status === 'afgerond' && before.closedRonde === closed.closedRonde
    return same ? before : closed
  })
}

export async function removeAgreement(id: string, actor = ''): Promise<void> {
  await db.transaction('rw', db.agreements, db.audit, async () => {
    const before = await db.agreements.get(id)
    if (!before) return
    await db.agreements.delete(id)
    await appendAudit(auditLine(actor, before, null))
  })
}
