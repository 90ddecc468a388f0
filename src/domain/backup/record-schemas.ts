import { z } from 'zod/mini'
import { isIsoDate } from '../dates'
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../exchange/exchange-schema'
import { fileKey } from '../municipal/identity'
import type { ExchangeFile } from '../exchange/exchange-schema-v2'
import {
  DESTINATIONS,
  END_REASONS,
  LIVING_ARRANGEMENTS,
  MEASURES,
  OWNERS,
  STATUSES,
} from '../types'

/**
 * The shape every record must have before a restore writes it. Loose objects: fields added by
 * later versions are kept as they are, so a back-up and its restore stay identical.
 */
const id = z.string().check(z.minLength(1))
const text = z.string()
const isoDate = z.string().check(z.refine(isIsoDate))
const timestamp = z.string().check(z.minLength(10))
const nullable = <T extends z.core.SomeType>(schema: T) => z.nullable(schema)

/** Open team-sync conflicts a record may carry (domain/sync/types.ts FieldConflict). */
const syncConflicts = z.optional(
  z.array(
    z.looseObject({
      field: id,
      values: z.array(z.looseObject({ value: z.unknown(), by: text, at: text, rev: text })),
    }),
  ),
)

const outflow = z.looseObject({
  date: isoDate,
  destination: z.enum(DESTINATIONS),
  reason: z.enum(END_REASONS),
  note: text,
})

const youth = z.looseObject({
  id,
  clientRef: id,
  displayName: text,
  birthDate: isoDate,
  municipalityCode: text,
  jeugdregio: text,
  location: text,
  livingArrangement: z.enum(LIVING_ARRANGEMENTS),
  placementDate: isoDate,
  expectedOutflowDate: nullable(isoDate),
  perspective: nullable(z.enum(DESTINATIONS)),
  measure: z.enum(MEASURES),
  guardianOrg: text,
  caseOwner: text,
  note: z.optional(text),
  outflow: nullable(outflow),
  lastReviewDate: nullable(isoDate),
  redStreaks: z.record(z.string(), z.number()),
  createdAt: timestamp,
  updatedAt: timestamp,
  syncConflicts,
})

const assessment = z.looseObject({
  youthId: id,
  preconditionId: id,
  status: z.enum(STATUSES),
  reasonCodes: z.array(text),
  note: text,
  action: text,
  owner: nullable(z.enum(OWNERS)),
  dueDate: nullable(isoDate),
  changedBy: text,
  changedAt: timestamp,
})

const settingsRecord = z.looseObject({ key: id, value: z.unknown(), syncConflicts })

const auditEntry = z.looseObject({
  id: z.optional(z.int().check(z.positive())),
  at: timestamp,
  actor: text,
  kind: id,
  youthId: nullable(text),
  preconditionId: nullable(text),
  before: z.unknown(),
  after: z.unknown(),
})

const review = z.looseObject({
  id,
  date: isoDate,
  participants: z.array(text),
  scope: z.looseObject({ kind: id }),
  youthIds: z.array(id),
  status: z.enum(['open', 'closed']),
  position: z.int(),
  startedAt: timestamp,
  startedBy: text,
  closedAt: nullable(timestamp),
  closedBy: z.optional(text),
  totals: nullable(z.looseObject({})),
  syncConflicts,
})

const reviewItem = z.looseObject({
  reviewId: id,
  youthId: id,
  discussedAt: nullable(timestamp),
  discussedBy: text,
  changed: z.array(text),
  syncConflicts,
})

const snapshot = z.looseObject({
  reviewId: id,
  date: isoDate,
  closedAt: timestamp,
  youthIds: z.array(id),
  discussed: z.array(z.boolean()),
  columns: z.record(
    z.string(),
    z.looseObject({
      status: z.array(z.enum(STATUSES)),
      reasonCodes: z.array(text),
      owner: z.array(nullable(z.enum(OWNERS))),
      dueDate: z.array(nullable(text)),
    }),
  ),
})

const reportNote = z.looseObject({
  id,
  text,
  updatedAt: timestamp,
  updatedBy: text,
  syncConflicts,
})

/**
 * The head of a stored uitwisselbestand. Its rows passed the exchange reader when it was loaded
 * and the back-up is checksummed, so only what keys and combining rely on is checked here
 * (checking 50,000 rows per ronde again would make a restore slow).
 */
const exchangeFileHead = z.looseObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  provider: z.looseObject({ name: id }),
  scope: z.looseObject({ kind: z.enum(['all', 'gemeente', 'regio']) }),
  period: z.looseObject({ peildatum: isoDate }),
  summary: z.looseObject({}),
  youths: z.array(z.looseObject({ clientRef: id })),
})

const exchangeFile = z
  .looseObject({
    key: id,
    providerKey: id,
    providerName: text,
    scopeKey: id,
    peildatum: isoDate,
    fileName: text,
    loadedAt: timestamp,
    file: exchangeFileHead,
  })
  // The key is the file's identity; a record whose key disagrees with its file is refused.
  .check(z.refine((r) => r.key === fileKey(r.file as unknown as ExchangeFile), { path: ['key'] }))

const agreementBase = {
  id,
  providerKey: id,
  providerName: text,
  rondeDate: isoDate,
  reasonCode: nullable(text),
  text,
  dueDate: nullable(isoDate),
  closedRonde: nullable(isoDate),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.int().check(z.positive()),
  syncConflicts,
}

/** An afspraak as stored before schema v8 (no history). */
const legacyAgreement = z.looseObject({
  ...agreementBase,
  clientRef: nullable(text),
  owner: nullable(z.enum(OWNERS)),
  status: z.enum(['open', 'afgerond']),
})

const historyEvent = z.looseObject({ id, event: text, ronde: isoDate, at: timestamp, by: text })

/** An afspraak with its history (docs/agreements-file-design.md §3). */
const agreement = z.looseObject({
  ...agreementBase,
  clientRefs: z.array(id),
  owner: nullable(z.enum(['gemeente', 'aanbieder', 'samen'])),
  kind: nullable(z.enum(['inhoudelijk', 'financieel'])),
  response: nullable(text),
  status: z.enum(['open', 'afgerond', 'ingetrokken']),
  history: z.array(historyEvent).check(z.minLength(1)),
  sentAt: nullable(timestamp),
})

/** The provider's side: a gemeente's afspraak as its file held it, and the own Voortgang. */
const receivedAgreement = z.looseObject({
  id,
  issuerKey: id,
  issuerName: text,
  agreement: z.looseObject({ id, text, status: text, history: z.array(historyEvent) }),
  fileRonde: isoDate,
  fileCreatedAt: timestamp,
  progress: z.array(
    z.looseObject({ id, status: z.enum(['loopt', 'gedaan', 'lukt-niet']), at: timestamp }),
  ),
  updatedAt: timestamp,
  version: z.int().check(z.positive()),
})

const agreementSource = z.looseObject({
  issuerKey: id,
  issuerName: text,
  ronde: isoDate,
  createdAt: timestamp,
})

/** Known tables; a table added later is still checked for its primary key. */
export const RECORD_SCHEMAS: Record<string, z.ZodMiniType> = {
  youths: youth,
  assessments: assessment,
  settings: settingsRecord,
  audit: auditEntry,
  reviews: review,
  reviewItems: reviewItem,
  snapshots: snapshot,
  reportNotes: reportNote,
  exchangeFiles: exchangeFile,
  agreements: agreement,
  receivedAgreements: receivedAgreement,
  agreementSources: agreementSource,
}

/** The first field a record fails on, for the message; null when the record is fine. */
export function recordProblem(table: string, record: unknown): string | null {
  const old =
    table === 'agreements' && !(typeof record === 'object' && record && 'history' in record)
  const schema = old ? legacyAgreement : RECORD_SCHEMAS[table]
  if (!schema) return typeof record === 'object' && record !== null ? null : '(record)'
  const result = schema.safeParse(record)
  if (result.success) return null
  const path = result.error.issues[0]?.path ?? []
  return path.length > 0 ? path.map(String).join('.') : '(record)'
}
