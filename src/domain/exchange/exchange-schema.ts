import { z } from 'zod/mini'
import { isIsoDate } from '../dates'
import { TOTAL_STATUS_ORDER } from '../statuses'
import { DESTINATIONS, END_REASONS, LIVING_ARRANGEMENTS, OWNERS, STATUSES } from '../types'

/**
 * Uitwisselbestand version 1: the summary and pseudonymised youth rows of one report, for a
 * municipality tool that combines several providers' files. docs/exchange-format.md describes
 * it; docs/exchange-format.schema.json is generated from this schema (a test keeps them equal).
 */
export const EXCHANGE_FORMAT = 'doorstroombord-uitwissel'
export const EXCHANGE_VERSION = 1

/** A calendar date `YYYY-MM-DD` that exists (the refinement is not part of the JSON Schema). */
const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
    z.refine(isIsoDate, { message: 'geen bestaande datum' }),
  )
const timestamp = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/))
const count = z.int().check(z.gte(0))
const text = (max: number) => z.string().check(z.maxLength(max))
const status = z.enum(STATUSES)
const totalStatus = z.enum(TOTAL_STATUS_ORDER)
const change = z.enum(['beter', 'slechter', 'gelijk', 'nieuw'])
const preconditionId = text(80)

const countPair = z.strictObject({ count, previous: z.nullable(count) })
const openCount = { rood: count, oranje: count, youths: count }
const record = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K[number], typeof count>)

const scopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all'), name: text(200) }),
  z.strictObject({
    kind: z.literal('gemeente'),
    code: z.string().check(z.regex(/^GM\d{4}$/)),
    name: text(200),
  }),
  z.strictObject({ kind: z.literal('regio'), name: text(200) }),
])

const summarySchema = z.strictObject({
  placed: count,
  placedPrevious: count,
  inflow: count,
  outflow: count,
  outflowByDestination: record(DESTINATIONS),
  outflowByReason: record(END_REASONS),
  lengthOfStay: z.strictObject({
    meanDays: z.nullable(z.number().check(z.gte(0))),
    medianDays: z.nullable(z.number().check(z.gte(0))),
    under1Year: count,
    from1To2Years: count,
    over2Years: count,
  }),
  overdue: z.strictObject({ youths: count, days: count }),
  totalStatus: z.strictObject({
    rood: countPair,
    oranje: countPair,
    onbekend: countPair,
    groen: countPair,
  }),
  perPrecondition: z.array(
    z.strictObject({
      preconditionId,
      counts: z.strictObject(
        Object.fromEntries(STATUSES.map((s) => [s, countPair])) as Record<
          (typeof STATUSES)[number],
          typeof countPair
        >,
      ),
    }),
  ),
  change: z.strictObject({ beter: count, slechter: count, gelijk: count, nieuw: count }),
  bottlenecks: z.strictObject({
    perPrecondition: z.array(
      z.strictObject({
        preconditionId,
        ...openCount,
        codes: z.array(z.strictObject({ code: text(20), ...openCount })),
      }),
    ),
    perCode: z.array(z.strictObject({ code: text(20), ...openCount })),
    perOwner: z.array(
      z.strictObject({ owner: z.nullable(z.enum(OWNERS)), ...openCount, overdue: count }),
    ),
  }),
  eighteenPlus: z.array(
    z.strictObject({
      months: z.union([z.literal(6), z.literal(12)]),
      youths: count,
      futurePlan: z.nullable(record(STATUSES)),
    }),
  ),
})

const youthSchema = z.strictObject({
  clientRef: z.string().check(z.minLength(1), z.maxLength(40)),
  displayName: z.optional(text(200)),
  municipalityCode: z.string().check(z.regex(/^GM\d{4}$/)),
  jeugdregio: text(200),
  age: z.int().check(z.gte(0), z.lte(40)),
  livingArrangement: z.enum(LIVING_ARRANGEMENTS),
  placementDate: isoDate,
  lengthOfStayDays: count,
  expectedOutflowDate: z.nullable(isoDate),
  daysOverdue: count,
  perspective: z.nullable(z.enum(DESTINATIONS)),
  statuses: z.record(preconditionId, status),
  totalStatus,
  reasonCodes: z.array(text(20)),
  actions: z.array(
    z.strictObject({
      preconditionId,
      status,
      action: text(2000),
      owner: z.nullable(z.enum(OWNERS)),
      dueDate: z.nullable(isoDate),
    }),
  ),
  change,
  previousTotalStatus: z.nullable(totalStatus),
})

export const exchangeSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  createdAt: timestamp,
  provider: z.strictObject({ name: text(200) }),
  scope: scopeSchema,
  period: z.strictObject({
    start: isoDate,
    end: isoDate,
    peildatum: isoDate,
    previousPeildatum: isoDate,
    provisional: z.boolean(),
  }),
  preconditions: z.array(z.strictObject({ id: preconditionId, name: text(200) })),
  includesNames: z.boolean(),
  signals: text(10_000),
  summary: summarySchema,
  youths: z.array(youthSchema).check(z.maxLength(200_000)),
})

export type ExchangeFileV1 = z.infer<typeof exchangeSchema>
export type ExchangeYouthV1 = z.infer<typeof youthSchema>

/** The building blocks version 2 reuses unchanged (./exchange-schema-v2.ts). */
export const exchangeParts = {
  isoDate,
  timestamp,
  count,
  countPair,
  text,
  status,
  totalStatus,
  preconditionId,
  record,
  scopeSchema,
  summarySchema,
  youthSchema,
}

/**
 * The published JSON Schema (docs/exchange-format.schema.json) of version 1. Generated from
 * the zod schema; the check that a date really exists (no 30 February) is not expressible in
 * JSON Schema and is done by `readExchangeFile` only.
 */
export function exchangeJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(exchangeSchema) as Record<string, unknown>
  return {
    $schema,
    $id: 'urn:doorstroombord:uitwisselbestand:1',
    title: 'Doorstroombord uitwisselbestand, versie 1',
    description:
      'Samenvatting en gepseudonimiseerde jongerenlijst van één zeswekelijkse rapportage van één zorgaanbieder. Zie docs/exchange-format.md.',
    ...rest,
  }
}
