import type { AgreementsFile } from '../domain/agreements/agreements-schema'
import {
  planAgreementsLoad,
  PROGRESS_STATUSES,
  type ProgressEntry,
  type ProgressStatus,
  type ReceivedAgreement,
} from '../domain/agreements/received'
import { issuerKey } from '../domain/agreements/build-agreements-file'
import { ValidationError, type FieldErrors } from '../domain/validation'
import { auditBatches } from './audit-repo'
import { db } from './database'
import { changeRecord } from './record-change'
import { SETTINGS_KEY } from './settings-repo'

export { listAgreementSources, listReceivedAgreements } from './received-agreements-read'

/**
 * This board as a gemeente's file names it: its provider key (made by the uitwisselbestand
 * v2 writer and kept in the settings; null before the first v2 file) and its name.
 */
export async function ownProviderIdentity(): Promise<{ id: string | null; name: string }> {
  const record = await db.settings.get(SETTINGS_KEY)
  const value = (record?.value ?? {}) as { providerId?: unknown; providerName?: unknown }
  return {
    id: typeof value.providerId === 'string' ? value.providerId : null,
    name: typeof value.providerName === 'string' ? value.providerName : '',
  }
}

export type AgreementsLoadOutcome =
  | { kind: 'loaded'; issuerName: string; added: number; updated: number }
  | { kind: 'refused'; message: string }

/**
 * Stores a checked afsprakenbestand in one transaction, audited as one batch: new afspraken
 * added, known ones replaced by the newer file's state with their progress kept, the gemeente's
 * source updated. The same or an older file, or an id of another gemeente, changes nothing.
 */
export async function storeAgreementsFile(
  file: AgreementsFile,
  fileName: string,
  actor: string,
): Promise<AgreementsLoadOutcome> {
  return db.transaction(
    'rw',
    [db.receivedAgreements, db.agreementSources, db.audit],
    async (): Promise<AgreementsLoadOutcome> => {
      const now = new Date().toISOString()
      const source = await db.agreementSources.get(issuerKey(file.issuer))
      const ids = file.agreements.map((a) => a.id)
      const known = (await db.receivedAgreements.bulkGet(ids)).filter(
        (r): r is ReceivedAgreement => r !== undefined,
      )
      const plan = planAgreementsLoad({ file, fileName, source, known, now })
      if (plan.kind === 'refused') return plan
      const before = new Map(known.map((r) => [r.id, r]))
      await db.receivedAgreements.bulkPut(plan.records)
      await db.agreementSources.put(plan.source)
      const lines = plan.records.map((after) => ({
        kind: 'agreement' as const,
        youthId: null,
        preconditionId: null,
        before: before.get(after.id) ?? null,
        after,
      }))
      for (const batch of auditBatches(lines, actor, now)) await db.audit.add(batch)
      return {
        kind: 'loaded',
        issuerName: file.issuer.name,
        added: plan.added,
        updated: plan.updated,
      }
    },
  )
}

export interface ProgressInput {
  status: ProgressStatus
  reason: string
  text: string
}

export type ProgressField = keyof ProgressInput

const MAX_REASON = 500
const MAX_TEXT = 2000

/** Voortgang as typed: a reason is required for "lukt niet" and kept for nothing else. */
export function checkProgress(input: ProgressInput): FieldErrors<ProgressField> {
  const errors: FieldErrors<ProgressField> = {}
  if (!PROGRESS_STATUSES.includes(input.status)) errors.status = 'unknownValue'
  const reason = input.reason.trim()
  if (input.status === 'lukt-niet' && reason === '') errors.reason = 'required'
  else if (reason.length > MAX_REASON) errors.reason = 'tooLong'
  if (input.text.trim().length > MAX_TEXT) errors.text = 'tooLong'
  return errors
}

/**
 * Appends one Voortgang entry to an afspraak the caller saw at `expectedVersion`, audited.
 * Entries are never changed: a correction is a new entry, so two laptops' entries both survive.
 */
export function addProgress(
  id: string,
  expectedVersion: number,
  input: ProgressInput,
  actor: string,
): Promise<ReceivedAgreement> {
  const errors = checkProgress(input)
  if (Object.keys(errors).length > 0) return Promise.reject(new ValidationError(errors))
  return db.transaction('rw', db.receivedAgreements, db.audit, async () => {
    const after = await changeRecord(db.receivedAgreements, id, {
      missing: 'ReceivedAgreement',
      expectedVersion,
      next: (before) => {
        const at = new Date().toISOString()
        const entry: ProgressEntry = {
          id: crypto.randomUUID(),
          status: input.status,
          reason: input.status === 'lukt-niet' ? input.reason.trim() : null,
          text: input.text.trim(),
          by: actor,
          at,
        }
        return {
          ...before,
          progress: [...before.progress, entry],
          updatedAt: at,
          version: before.version + 1,
        }
      },
      audit: (before, after) => ({
        actor,
        kind: 'agreement',
        youthId: null,
        preconditionId: null,
        before,
        after,
      }),
    })
    return after
  })
}
