import { z } from 'zod/mini'
import { DESTINATIONS, END_REASONS, LIVING_ARRANGEMENTS } from '../types'
import {
  EXCHANGE_FORMAT,
  exchangeParts as v1,
  type ExchangeFileV1,
  type ExchangeYouthV1,
} from './exchange-schema'

/**
 * Uitwisselbestand version 2 (docs/exchange-v2-design.md): version 1 plus the provider's key,
 * four fields per youth row, summaries per gemeente, the youths who left in the period and the
 * provider's progress on afspraken. docs/exchange-v2.schema.json is generated from this schema
 * (a test keeps them equal); the repeated parts are named `$defs` through the registry below.
 */
export const EXCHANGE_VERSION_2 = 2

/** Named parts of the published schema (`$defs`), kept out of version 1's schema. */
const defs = z.registry<{ id: string }>()
const named = <T extends z.ZodMiniType>(id: string, schema: T): T => {
  defs.add(schema, { id })
  return schema
}

const isoDate = named('isoDate', v1.isoDate)
const timestamp = named('timestamp', v1.timestamp)
const count = named('count', v1.count)
named('countPair', v1.countPair)
named('status', v1.status)
named('totalStatus', v1.totalStatus)
named('preconditionId', v1.preconditionId)
const uuid = named(
  'uuid',
  z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
)
const gemeentecode = named('gemeentecode', z.string().check(z.regex(/^GM\d{4}$/)))
const text = v1.text
const age = z.int().check(z.gte(0), z.lte(40))
const destination = z.enum(DESTINATIONS)
const statusRecord = <K extends readonly [string, ...string[]]>(keys: K) => v1.record(keys)

const youthSchema = named(
  'youth',
  z.strictObject({
    ...v1.youthSchema.def.shape,
    /** The calendar month in which the youth turns (or turned) 18. */
    turns18Month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    /** 6 or 12 when 18 within that many months after the peildatum (the smallest), else null. */
    eighteenWithinMonths: z.nullable(z.union([z.literal(6), z.literal(12)])),
    ageAtPlacement: age,
    /** Days past the beoogde uitstroomdatum that fall within the period. */
    daysOverdueInPeriod: count,
  }),
)

const municipalitySchema = named(
  'municipality',
  z.strictObject({
    code: gemeentecode,
    name: text(200),
    placed: count,
    placedPrevious: count,
    inflow: count,
    outflow: count,
    outflowByDestination: v1.record(DESTINATIONS),
    outflowByReason: v1.record(END_REASONS),
    totalStatusPrevious: statusRecord(['rood', 'oranje', 'onbekend', 'groen'] as const),
    perPreconditionPrevious: z.array(
      z.strictObject({
        preconditionId: v1.preconditionId,
        counts: statusRecord(['rood', 'oranje', 'groen', 'onbekend', 'nvt'] as const),
      }),
    ),
  }),
)

const leaverSchema = named(
  'leaver',
  z.strictObject({
    clientRef: z.string().check(z.minLength(1), z.maxLength(40)),
    displayName: z.optional(text(200)),
    municipalityCode: gemeentecode,
    jeugdregio: text(200),
    livingArrangement: z.enum(LIVING_ARRANGEMENTS),
    placementDate: isoDate,
    ageAtPlacement: age,
    endDate: isoDate,
    endReason: z.enum(END_REASONS),
    destination,
    perspective: z.nullable(destination),
    lengthOfStayDays: count,
    expectedOutflowDate: z.nullable(isoDate),
    daysOverdueInPeriod: count,
    previousTotalStatus: z.nullable(v1.totalStatus),
  }),
)

export const AGREEMENT_PROGRESS = ['loopt', 'gedaan', 'lukt-niet'] as const

const agreementProgressSchema = named(
  'agreementProgress',
  z.strictObject({
    agreementId: uuid,
    issuer: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('gemeente'), code: gemeentecode, name: text(200) }),
      z.strictObject({ kind: z.literal('regio'), name: text(200) }),
    ]),
    fileRonde: isoDate,
    fileCreatedAt: timestamp,
    latest: z.nullable(
      z.strictObject({
        id: uuid,
        status: z.enum(AGREEMENT_PROGRESS),
        reason: z.nullable(z.string().check(z.minLength(1), z.maxLength(500))),
        text: text(2000),
        by: text(200),
        at: timestamp,
      }),
    ),
  }),
)

export const exchangeSchemaV2 = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION_2),
  createdAt: timestamp,
  provider: z.strictObject({ name: text(200), id: uuid }),
  scope: v1.scopeSchema,
  period: z.strictObject({
    start: isoDate,
    end: isoDate,
    peildatum: isoDate,
    previousPeildatum: isoDate,
    provisional: z.boolean(),
  }),
  preconditions: z.array(z.strictObject({ id: v1.preconditionId, name: text(200) })),
  includesNames: z.boolean(),
  signals: text(10_000),
  summary: v1.summarySchema,
  youths: z.array(youthSchema).check(z.maxLength(200_000)),
  municipalities: z.array(municipalitySchema).check(z.maxLength(400)),
  leavers: z.array(leaverSchema).check(z.maxLength(200_000)),
  agreements: z.array(agreementProgressSchema).check(z.maxLength(2000)),
})

export type ExchangeFileV2 = z.infer<typeof exchangeSchemaV2>
export type ExchangeYouthV2 = z.infer<typeof youthSchema>
export type ExchangeMunicipality = z.infer<typeof municipalitySchema>
export type ExchangeLeaver = z.infer<typeof leaverSchema>
export type AgreementProgress = z.infer<typeof agreementProgressSchema>

/** A file as the reader returns it: either version. Ask capabilities, not the version number. */
export type ExchangeFile = ExchangeFileV1 | ExchangeFileV2
export type ExchangeYouth = ExchangeYouthV1 | ExchangeYouthV2

/** Whether the file has summaries per gemeente (and so in- and uitstroom per gemeente). */
export function hasMunicipalSummaries(file: ExchangeFile): file is ExchangeFileV2 {
  return file.version >= 2
}

/** Whether the file lists the youths who left in the period. */
export function hasLeavers(file: ExchangeFile): file is ExchangeFileV2 {
  return file.version >= 2
}

/** The version 2 fields of a row; null for a version 1 row. */
export function v2Row(row: ExchangeYouth): ExchangeYouthV2 | null {
  return 'turns18Month' in row ? row : null
}

/**
 * The published JSON Schema (docs/exchange-v2.schema.json). As for version 1, the check that a
 * date really exists and the checks between fields are the reader's (readExchangeFile).
 */
export function exchangeJsonSchemaV2(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(exchangeSchemaV2, { metadata: defs }) as Record<
    string,
    unknown
  >
  return {
    $schema,
    $id: 'urn:doorstroombord:uitwisselbestand:2',
    title: 'Doorstroombord uitwisselbestand, versie 2',
    description:
      'Samenvatting, samenvattingen per gemeente, gepseudonimiseerde jongerenlijst, uitgestroomde jongeren en voortgang op afspraken van één zeswekelijkse rapportage van één zorgaanbieder. Zie docs/exchange-v2-design.md.',
    ...rest,
  }
}
