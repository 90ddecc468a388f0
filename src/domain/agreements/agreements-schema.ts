import { z } from 'zod/mini'
import { isIsoDate } from '../dates'

/**
 * Afsprakenbestand version 1: the afspraken of one gemeente or jeugdregio with one provider as
 * they stood in one ronde, with their history (docs/agreements-file-design.md).
 * docs/agreements-v1.schema.json is generated from this schema (a test keeps them equal).
 */
export const AGREEMENTS_FORMAT = 'doorstroombord-afspraken'
export const AGREEMENTS_VERSION = 1
export const MAX_AGREEMENTS = 2000
export const MAX_HISTORY = 200
export const MAX_CLIENT_REFS = 50
export const MAX_AGREEMENT_TEXT = 2000

// Own registry, so the JSON Schema's $defs carry these names and nothing else's.
const defs = z.registry<{ id: string }>()

const timestamp = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/))
  .register(defs, { id: 'timestamp' })
/** A calendar date that exists (the refinement is not part of the JSON Schema). */
const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
    z.refine(isIsoDate, { message: 'geen bestaande datum' }),
  )
  .register(defs, { id: 'isoDate' })
const uuid = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/))
  .register(defs, { id: 'uuid' })
const text = (max: number) => z.string().check(z.maxLength(max))
const clientRef = z
  .string()
  .check(z.minLength(1), z.maxLength(40))
  .register(defs, { id: 'clientRef' })
const clientRefs = z.array(clientRef).check(z.maxLength(MAX_CLIENT_REFS))

export const AGREEMENT_OWNERS = ['gemeente', 'aanbieder', 'samen'] as const
export const AGREEMENT_KINDS = ['inhoudelijk', 'financieel'] as const
export const AGREEMENT_STATUSES = ['open', 'afgerond', 'ingetrokken'] as const
export const AGREEMENT_EVENTS = [
  'gemaakt',
  'gewijzigd',
  'afgerond',
  'heropend',
  'ingetrokken',
] as const
/** The fields of an afspraak whose changes a history event records. */
export const CHANGE_FIELDS = [
  'text',
  'owner',
  'dueDate',
  'reasonCode',
  'clientRefs',
  'kind',
  'response',
] as const

const fieldValue = z
  .union([z.null(), text(MAX_AGREEMENT_TEXT), clientRefs])
  .register(defs, { id: 'fieldValue' })

const historyEvent = z
  .strictObject({
    id: uuid,
    event: z.enum(AGREEMENT_EVENTS),
    ronde: isoDate,
    at: timestamp,
    by: text(200),
    changes: z.array(
      z.strictObject({ field: z.enum(CHANGE_FIELDS), before: fieldValue, after: fieldValue }),
    ),
  })
  .register(defs, { id: 'historyEvent' })

const agreementSchema = z
  .strictObject({
    id: uuid,
    madeInRonde: isoDate,
    text: z.string().check(z.minLength(1), z.maxLength(MAX_AGREEMENT_TEXT)),
    owner: z.nullable(z.enum(AGREEMENT_OWNERS)),
    dueDate: z.nullable(isoDate),
    reasonCode: z.nullable(z.string().check(z.regex(/^[A-Z]{2,4}(-\d{1,2})?$/))),
    clientRefs,
    kind: z.nullable(z.enum(AGREEMENT_KINDS)),
    status: z.enum(AGREEMENT_STATUSES),
    closedInRonde: z.nullable(isoDate),
    response: z.nullable(text(MAX_AGREEMENT_TEXT)),
    history: z.array(historyEvent).check(z.minLength(1), z.maxLength(MAX_HISTORY)),
  })
  .register(defs, { id: 'agreement' })

export const issuerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('gemeente'),
    code: z.string().check(z.regex(/^GM\d{4}$/)),
    name: text(200),
  }),
  z.strictObject({ kind: z.literal('regio'), name: text(200) }),
])

export const agreementsFileSchema = z.strictObject({
  format: z.literal(AGREEMENTS_FORMAT),
  version: z.literal(AGREEMENTS_VERSION),
  createdAt: timestamp,
  issuer: issuerSchema,
  ronde: isoDate,
  provider: z.strictObject({ name: text(200), id: z.nullable(uuid) }),
  agreements: z.array(agreementSchema).check(z.maxLength(MAX_AGREEMENTS)),
})

export type AgreementsFile = z.infer<typeof agreementsFileSchema>
export type FileAgreement = z.infer<typeof agreementSchema>
export type AgreementEvent = z.infer<typeof historyEvent>
export type AgreementIssuer = z.infer<typeof issuerSchema>
export type AgreementOwner = (typeof AGREEMENT_OWNERS)[number]
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]
export type ChangeField = (typeof CHANGE_FIELDS)[number]

/**
 * The published JSON Schema (docs/agreements-v1.schema.json). Generated from the zod schema;
 * the check that a date really exists is done by `readAgreementsFile` only.
 */
export function agreementsJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(agreementsFileSchema, {
    metadata: defs,
    reused: 'inline',
  }) as Record<string, unknown>
  return {
    $schema,
    $id: 'urn:doorstroombord:afsprakenbestand:1',
    title: 'Doorstroombord afsprakenbestand, versie 1',
    description:
      'De afspraken van één gemeente of jeugdregio met één zorgaanbieder, zoals ze stonden in één ronde, met hun geschiedenis. Zie docs/agreements-file-design.md.',
    ...rest,
  }
}
