import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { buildReport } from '../report/build-report'
import { periodAt } from '../report/periods'
import { fixture, FIXTURE_SETTINGS, FIXTURE_TODAY } from '../../../test/fixtures/report-fixture'
import { buildExchangeFile } from './build-exchange-file'
import { asVersion1 } from '../sample-data/municipal/exchange-files'
import { exchangeJsonSchema, type ExchangeFileV1 } from './exchange-schema'
import type { ExchangeFileV2 as ExchangeFile } from './exchange-schema-v2'
import { readExchangeFile } from './read-exchange-file'

const SCHEMA_FILE = resolve(import.meta.dirname, '../../../docs/exchange-format.schema.json')
const PROVIDER_ID = '0b6c1c5e-8d3a-4f7e-9a41-2c5d8e7f9a10'

/** The report fixture's second period for 's-Gravenhage (as test/fixtures/report-test-data.ts). */
function fixtureReport() {
  const { current, audit } = fixture()
  return buildReport({
    current,
    history: audit,
    period: periodAt(1, FIXTURE_SETTINGS, FIXTURE_TODAY),
    previous: periodAt(0, FIXTURE_SETTINGS, FIXTURE_TODAY),
    scope: { kind: 'gemeente', code: 'GM0518' },
    createdAt: '2026-05-20T10:30:00.000Z',
  })
}

/** The day the file is read: the day it was made. */
const TODAY = '2026-05-20'

/** As src/export/exchange.ts writes it: indented JSON. */
const serialiseExchangeFile = (file: ExchangeFile) => `${JSON.stringify(file, null, 2)}\n`

function exchangeText(includeNames = false): string {
  return serialiseExchangeFile(
    buildExchangeFile(fixtureReport(), {
      scopeName: "'s-Gravenhage",
      preconditionNames: {
        wonen: 'Wonen',
        school: 'School & dagbesteding',
        toekomstplan: 'Toekomstplan 18+',
      },
      signals: 'Wachtlijst kamertraining loopt op.',
      includeNames,
      createdAt: '2026-05-20T10:30:00.000Z',
      providerId: PROVIDER_ID,
    }),
  )
}

/** A copy of a good file with one change made to it. */
function broken(change: (file: ExchangeFile) => void): string {
  const file = JSON.parse(exchangeText()) as ExchangeFile
  change(file)
  return JSON.stringify(file)
}

/** A value of the wrong kind, put where the type says it cannot be. */
const wrong = (value: unknown) => value as never

function errorsOf(text: string): string[] {
  const result = readExchangeFile(text, TODAY)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.errors
}

describe('the uitwisselbestand', () => {
  it('holds format, version, peildatum, summary and pseudonymised rows, and reads back as written', () => {
    const text = exchangeText()
    const result = readExchangeFile(text, TODAY)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    const file = result.file
    expect(file).toEqual(JSON.parse(text))
    expect(file.format).toBe('doorstroombord-uitwissel')
    expect(file.version).toBe(2)
    expect(file.provider).toMatchObject({ id: PROVIDER_ID })
    expect(file.scope).toEqual({ kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" })
    expect(file.period).toMatchObject({
      peildatum: '2026-03-29',
      previousPeildatum: '2026-02-15',
      provisional: false,
    })
    expect(file.summary.placed).toBe(4)
    expect(file.summary.totalStatus.rood).toEqual({ count: 3, previous: 1 })
    expect(file.youths.map((y) => y.clientRef)).toEqual(['H-01', 'H-02', 'H-05', 'H-03'])
    expect(file.signals).toBe('Wachtlijst kamertraining loopt op.')
  })

  it('never holds the internal id, and names only when asked for', () => {
    expect(exchangeText()).not.toContain('"youthId"')
    expect(exchangeText()).not.toContain('Anna')
    const named = readExchangeFile(exchangeText(true), TODAY)
    expect(named.ok && named.file.youths[0]?.displayName).toBe('Anna')
  })

  it('version 1 stays published as a JSON Schema in docs/ that matches its reader', async () => {
    // Formatted as the repository's Prettier would, so the format check and this test agree.
    const config = await resolveConfig(SCHEMA_FILE)
    const schema = await format(JSON.stringify(exchangeJsonSchema()), {
      ...config,
      filepath: SCHEMA_FILE,
    })
    if (process.env.UPDATE_EXCHANGE_SCHEMA) writeFileSync(SCHEMA_FILE, schema)
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schema)
  })
})

describe('reading an uitwisselbestand refuses a bad file with a clear Dutch reason', () => {
  it('empty, not JSON, or not an uitwisselbestand', () => {
    expect(errorsOf('')).toEqual(['Het bestand is leeg.'])
    expect(errorsOf('{"format": "doorstroombord-uitwissel", ')[0]).toMatch(/geen geldige JSON/)
    expect(errorsOf('{"naam": "backup"}')[0]).toMatch(/geen uitwisselbestand van Doorstroombord/)
  })

  it('a version it does not know', () => {
    expect(errorsOf(broken((f) => (f.version = wrong(3))))).toEqual([
      'Versie 3 van het uitwisselbestand wordt niet ondersteund; dit programma leest versie 1 en 2.',
    ])
  })

  it('a missing field, a wrong type, an unknown status, a date that does not exist', () => {
    const errors = errorsOf(
      broken((f) => {
        Reflect.deleteProperty(f, 'provider')
        f.summary.placed = wrong('vier')
        const [first, second] = f.youths
        if (first) first.statuses.wonen = wrong('paars')
        if (second) second.placementDate = '2026-02-30'
      }),
    )
    expect(errors).toContain('Veld "provider" ontbreekt.')
    expect(errors).toContain('Veld "summary.placed" moet een getal zijn.')
    expect(
      errors.find((e) =>
        e.startsWith(
          'Veld "youths[0].statuses.wonen" (jongere 1 in de lijst) heeft de ongeldige waarde "paars"',
        ),
      ),
    ).toBeDefined()
    expect(errors).toContain(
      'Veld "youths[1].placementDate" (jongere 2 in de lijst) is ongeldig: geen bestaande datum.',
    )
  })

  it('a malformed date, an unknown field and a negative count', () => {
    const errors = errorsOf(
      broken((f) => {
        f.period.end = '29-03-2026'
        Object.assign(f, { extra: true })
        f.summary.inflow = -1
      }),
    )
    expect(errors).toContain(
      'Veld "period.end" moet een datum zijn in de vorm jjjj-mm-dd, niet "29-03-2026".',
    )
    expect(errors).toContain('Veld "(het hele bestand)" bevat onbekende velden: extra.')
    expect(errors).toContain('Veld "summary.inflow" moet minstens 0 zijn.')
  })

  it('a summary that does not match its rows, or names where it says there are none', () => {
    expect(errorsOf(broken((f) => void f.youths.pop()))).toContain(
      'De samenvatting noemt 4 geplaatste jongeren, maar de jongerenlijst heeft er 3.',
    )
    expect(
      errorsOf(broken((f) => Object.assign(f.youths[2] ?? {}, { displayName: 'Piet' }))),
    ).toContain(
      'Het bestand zegt geen namen te bevatten, maar jongere 3 in de lijst heeft een roepnaam.',
    )
  })
})

// Moving a whole period also breaks version 2's row checks (exchange-v2.test.ts): the date
// rules shared by both versions are tested on the file as version 1 wrote it.
const brokenV1 = (change: (file: ExchangeFileV1) => void) =>
  broken((f) => {
    const v1 = asVersion1(f)
    change(v1)
    for (const key of Object.keys(f)) Reflect.deleteProperty(f, key)
    Object.assign(f, v1)
  })

describe('reading an uitwisselbestand refuses a date that has not come yet', () => {
  const future = (change: (file: ExchangeFileV1) => void, today = TODAY) => {
    const result = readExchangeFile(brokenV1(change), today)
    return result.ok ? [] : result.errors
  }

  it('a creation date after today, naming createdAt', () => {
    expect(future((f) => (f.createdAt = '2031-01-27T10:00:00.000Z'))).toEqual([
      'Veld "createdAt" ligt na vandaag: 27-01-2031 (vandaag is 20-05-2026). Een bestand kan niet in de toekomst gemaakt zijn; kijk de datum op de computer van de aanbieder na.',
    ])
  })

  it('a peildatum after today in a file that is not voorlopig, naming period.peildatum', () => {
    const errors = future((f) => {
      f.period = { ...f.period, start: '2030-01-01', end: '2030-02-11', peildatum: '2030-02-11' }
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^Veld "period\.peildatum" ligt na vandaag: 11-02-2030 /)
  })

  it('a voorlopig file of a period that has not started, naming period.start', () => {
    const errors = future((f) => {
      f.period = {
        ...f.period,
        start: '2030-01-01',
        end: '2030-02-11',
        peildatum: '2030-02-11',
        provisional: true,
      }
    })
    expect(errors).toEqual([
      'Veld "period.start" ligt na vandaag: 01-01-2030 (vandaag is 20-05-2026). Deze periode is nog niet begonnen.',
    ])
  })

  it('a voorlopig file whose peildatum lies further ahead than the longest period, naming period.peildatum', () => {
    const errors = future((f) => {
      f.period = { ...f.period, end: '2030-02-11', peildatum: '2030-02-11', provisional: true }
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^Veld "period\.peildatum" ligt na vandaag: 11-02-2030 .*hoogstens 26 weken/,
    )
  })

  it('allows one day for time zones, and a voorlopig peildatum that is still to come', () => {
    // Read on the day before the peildatum and the creation date: a clock a zone ahead.
    expect(future(() => undefined, '2026-05-19')).toEqual([])
    const provisional = readExchangeFile(
      brokenV1((f) => {
        f.period = { ...f.period, end: '2026-06-30', peildatum: '2026-06-30', provisional: true }
      }),
      TODAY,
    )
    expect(provisional.ok).toBe(true)
    expect(future(() => undefined, '2026-05-18')[0]).toMatch(/^Veld "createdAt" ligt na vandaag/)
  })
})
