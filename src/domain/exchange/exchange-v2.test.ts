import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { fixtureReport } from '../../../test/fixtures/report-test-data'
import { asVersion1, sampleExchangeFiles } from '../sample-data/municipal/exchange-files'
import { buildExchangeFile } from './build-exchange-file'
import { exchangeJsonSchemaV2, type ExchangeFileV2 } from './exchange-schema-v2'
import { readExchangeFile } from './read-exchange-file'

const DOCS = resolve(import.meta.dirname, '../../../docs')
const V1_SCHEMA = resolve(DOCS, 'exchange-format.schema.json')
const V2_SCHEMA = resolve(DOCS, 'exchange-v2.schema.json')
const PROVIDER_ID = '0b6c1c5e-8d3a-4f7e-9a41-2c5d8e7f9a10'
const TODAY = '2026-05-20'

/** The report fixture's 's-Gravenhage report as the board writes it. */
function written(scope?: Parameters<typeof fixtureReport>[0]): ExchangeFileV2 {
  return buildExchangeFile(fixtureReport(scope), {
    scopeName: "'s-Gravenhage",
    preconditionNames: {},
    signals: '',
    includeNames: false,
    createdAt: '2026-05-20T10:30:00.000Z',
    providerId: PROVIDER_ID,
  })
}

function errorsOf(file: unknown, today = TODAY): string[] {
  const result = readExchangeFile(JSON.stringify(file), today)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.errors
}

function changed(change: (file: ExchangeFileV2) => void, scope?: { kind: 'all' }) {
  const file = structuredClone(written(scope))
  change(file)
  return file
}

const SAMPLE_RONDE = '2026-12-06'
const samples = sampleExchangeFiles(SAMPLE_RONDE)

describe('uitwisselbestand version 2', () => {
  it('is published in docs/ as the JSON Schema generated from the zod schema', async () => {
    const config = await resolveConfig(V2_SCHEMA)
    const schema = await format(JSON.stringify(exchangeJsonSchemaV2()), {
      ...config,
      filepath: V2_SCHEMA,
    })
    if (process.env.UPDATE_EXCHANGE_SCHEMA) writeFileSync(V2_SCHEMA, schema)
    expect(readFileSync(V2_SCHEMA, 'utf8')).toBe(schema)
  })

  it('written files pass an independent JSON Schema validator (ajv), and v1 files the v1 schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    const v2 = ajv.compile(JSON.parse(readFileSync(V2_SCHEMA, 'utf8')) as object)
    const v1 = ajv.compile(JSON.parse(readFileSync(V1_SCHEMA, 'utf8')) as object)
    const board = written({ kind: 'all' })
    expect(v2(board), JSON.stringify(v2.errors)).toBe(true)
    for (const { file } of samples) {
      expect(v2(file), JSON.stringify(v2.errors)).toBe(true)
      expect(v1(asVersion1(file as ExchangeFileV2)), JSON.stringify(v1.errors)).toBe(true)
    }
    // The validator is not a yes-man: a version 1 file is no version 2 file and vice versa.
    expect(v2(asVersion1(board))).toBe(false)
    expect(v1(board)).toBe(false)
    expect(v2({ ...board, leavers: [{ ...board.leavers[0], endReason: '09' }] })).toBe(false)
  })

  it('carries the provider key, the four row fields, summaries per gemeente and leavers', () => {
    const file = written({ kind: 'all' })
    expect(readExchangeFile(JSON.stringify(file), TODAY)).toMatchObject({ ok: true })
    expect(file.version).toBe(2)
    expect(file.provider.id).toBe(PROVIDER_ID)
    for (const row of file.youths) {
      expect(row.turns18Month).toMatch(/^\d{4}-\d{2}$/)
      expect(row.ageAtPlacement).toBeLessThanOrEqual(row.age)
      expect(row.daysOverdueInPeriod).toBeLessThanOrEqual(row.daysOverdue)
    }
    expect(file.leavers).toHaveLength(file.summary.outflow)
    expect(file.municipalities.reduce((n, m) => n + m.placed, 0)).toBe(file.summary.placed)
    expect(file.municipalities.reduce((n, m) => n + m.inflow, 0)).toBe(file.summary.inflow)
    expect(file.agreements).toEqual([])
  })

  it('hands the provider progress on afspraken through unchanged', () => {
    const progress = {
      agreementId: '5d0c7b2e-1f3a-4c8d-9e6f-0a1b2c3d4e5f',
      issuer: { kind: 'gemeente' as const, code: 'GM0518', name: "'s-Gravenhage" },
      fileRonde: '2026-05-10',
      fileCreatedAt: '2026-05-11T08:00:00.000Z',
      latest: null,
    }
    const file = buildExchangeFile(fixtureReport(), {
      scopeName: "'s-Gravenhage",
      preconditionNames: {},
      signals: '',
      includeNames: false,
      createdAt: '2026-05-20T10:30:00.000Z',
      providerId: PROVIDER_ID,
      agreements: [progress],
    })
    expect(file.agreements).toEqual([progress])
  })

  it('sample files are version 2 and read back; each can also be made as version 1', () => {
    for (const { file } of samples.slice(0, 12)) {
      expect(file.version).toBe(2)
      const text = JSON.stringify(file)
      const check = readExchangeFile(text, SAMPLE_RONDE)
      expect(check.ok ? [] : check.errors).toEqual([])
      const old = readExchangeFile(JSON.stringify(asVersion1(file as ExchangeFileV2)), SAMPLE_RONDE)
      expect(old.ok && old.file.version).toBe(1)
    }
  })
})

describe('reading version 2 checks what the schema cannot, naming the field', () => {
  it('a cliëntnummer that passes the BSN elfproef, in version 1 too', () => {
    const bsn = '111222333'
    const file = changed((f) => {
      if (f.youths[1]) f.youths[1].clientRef = bsn
    })
    expect(errorsOf(file)).toContain(
      'Cliëntnummer van jongere 2 in de lijst (youths[1].clientRef) lijkt een BSN (9 cijfers die de elfproef doorstaan). Een uitwisselbestand mag geen BSN bevatten.',
    )
    expect(errorsOf(asVersion1(file))[0]).toMatch(/youths\[1\]\.clientRef\) lijkt een BSN/)
  })

  it('summaries per gemeente that do not agree with the rows or with the summary', () => {
    const errors = errorsOf(
      changed((f) => {
        const [first] = f.municipalities
        if (!first) throw new Error('no gemeente')
        first.placed += 1
        f.municipalities.push({ ...first, placed: 0 })
      }),
    )
    expect(errors).toContain(`Gemeente GM0518 komt twee keer voor (municipalities[1].code).`)
    expect(errors.some((e) => /^Voor GM0518 noemt de samenvatting \d+ geplaatste/.test(e))).toBe(
      true,
    )
    expect(errors.some((e) => e.includes('(municipalities[].placed)'))).toBe(true)
  })

  it('a gemeente outside the scope, and a row whose gemeente has no summary', () => {
    const errors = errorsOf(
      changed((f) => {
        if (f.municipalities[0]) f.municipalities[0].code = 'GM0363'
      }),
    )
    expect(errors).toContain(
      'Gemeente GM0363 valt buiten het gebied van het bestand (municipalities[0].code).',
    )
    expect(errors.some((e) => /youths\[\d+\]\.municipalityCode ontbreekt/.test(e))).toBe(true)
  })

  it('a month of turning 18 that does not fit the age, and 18+ counts that disagree', () => {
    const errors = errorsOf(
      changed((f) => {
        const row = f.youths[0]
        if (row) row.turns18Month = '2035-04'
      }),
    )
    expect(
      errors.some((e) => e.startsWith('Jongere 1 (youths[0].turns18Month): wordt 18 in 2035-04')),
    ).toBe(true)
    const counts = errorsOf(
      changed((f) => {
        const w = f.summary.eighteenPlus.find((x) => x.months === 12)
        if (w) w.youths += 1
      }),
    )
    expect(counts.some((e) => e.startsWith('18 binnen 12 maanden: de samenvatting noemt'))).toBe(
      true,
    )
  })

  it('overdue days in the period beyond the period, and a leaver outside the period', () => {
    const errors = errorsOf(
      changed((f) => {
        if (f.youths[0]) f.youths[0].daysOverdueInPeriod = 400
        const leaver = f.leavers[0]
        if (leaver) leaver.endDate = '2025-01-01'
      }),
    )
    expect(errors.some((e) => e.startsWith('Jongere 1 (youths[0].daysOverdueInPeriod)'))).toBe(true)
    expect(
      errors.some((e) =>
        /^Uitgestroomde jongere 1 \(leavers\[0\]\.endDate\) valt niet in de periode/.test(e),
      ),
    ).toBe(true)
  })

  it('a file of an ended period made before it ended but not voorlopig', () => {
    const errors = errorsOf(changed((f) => (f.createdAt = `${f.period.end}T08:00:00.000Z`)))
    expect(errors.some((e) => e.includes('heet toch niet voorlopig (period.provisional)'))).toBe(
      true,
    )
  })

  it('progress marked lukt niet without a reason, and the same afspraak twice', () => {
    const entry = {
      agreementId: '5d0c7b2e-1f3a-4c8d-9e6f-0a1b2c3d4e5f',
      issuer: { kind: 'regio' as const, name: 'Haaglanden' },
      fileRonde: '2026-05-10',
      fileCreatedAt: '2026-05-11T08:00:00.000Z',
      latest: {
        id: '6e1d8c3f-2a4b-4d9e-8f7a-1b2c3d4e5f60',
        status: 'lukt-niet' as const,
        reason: null,
        text: 'Geen plek',
        by: 'A. de Vries',
        at: '2026-05-12T08:00:00.000Z',
      },
    }
    const errors = errorsOf(changed((f) => (f.agreements = [entry, entry])))
    expect(errors).toContain(
      'Afspraak 1 (agreements[0].latest.reason): bij ‘lukt niet’ is een reden verplicht.',
    )
    expect(errors).toContain('Afspraak 2 (agreements[1].agreementId) komt twee keer voor.')
  })
})
