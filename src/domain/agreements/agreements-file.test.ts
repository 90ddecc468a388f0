import { must } from '../../../test/factories/agreements'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { closeAgreement } from '../municipal/agreements'
import type { Agreement } from '../municipal/types'
import { agreementsJsonSchema, type AgreementsFile } from './agreements-schema'
import { agreementsFileName, buildAgreementsFile } from './build-agreements-file'
import { changesBetween, withEvent } from './history'
import { readAgreementsFile } from './read-agreements-file'

const SCHEMA_FILE = resolve(import.meta.dirname, '../../../docs/agreements-v1.schema.json')
const R1 = '2026-10-25'
const R2 = '2026-12-06'
const TODAY = '2026-12-07'
const CREATED = '2026-12-07T09:00:00.000Z'

function made(n: number, overrides: Partial<Agreement> = {}): Agreement {
  const a: Agreement = {
    id: `0000000${n}-0000-4000-8000-00000000000${n}`,
    providerKey: 'stichting de linde',
    providerName: 'Stichting De Linde',
    rondeDate: R1,
    reasonCode: 'WON-2',
    clientRefs: ['K-1'],
    text: `Afspraak ${n}`,
    owner: 'aanbieder',
    dueDate: '2027-01-15',
    kind: 'inhoudelijk',
    response: null,
    status: 'open',
    closedRonde: null,
    history: [],
    sentAt: null,
    createdAt: '2026-10-26T10:00:00.000Z',
    updatedAt: '2026-10-26T10:00:00.000Z',
    version: 1,
    ...overrides,
  }
  return withEvent(a, { event: 'gemaakt', ronde: a.rondeDate, at: a.createdAt, by: 'A. de Vries' })
}

function agreements(): Agreement[] {
  const first = made(1)
  const after = { ...first, text: 'Afspraak 1, aangepast', version: 2 }
  const edited = withEvent(after, {
    event: 'gewijzigd',
    ronde: R2,
    at: '2026-12-06T11:00:00.000Z',
    by: 'B. Jansen',
    changes: changesBetween(first, after),
  })
  return [
    edited,
    closeAgreement(made(2), R2, '2026-12-06T12:00:00.000Z', 'B. Jansen'),
    made(3, { rondeDate: R2, createdAt: '2026-12-06T13:00:00.000Z', clientRefs: [] }),
    made(4, { providerKey: 'zorg b', providerName: 'Zorg B' }),
  ]
}

function file(ronde = R2): AgreementsFile {
  return buildAgreementsFile({
    agreements: agreements(),
    providerKey: 'stichting de linde',
    provider: { name: 'Stichting De Linde', id: null },
    issuer: { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" },
    ronde,
    createdAt: CREATED,
  })
}

function errorsOf(change: (f: AgreementsFile) => void): string[] {
  const f = structuredClone(file())
  change(f)
  const result = readAgreementsFile(JSON.stringify(f), TODAY)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.errors
}

describe('the afsprakenbestand', () => {
  it("holds one provider's afspraken as they stood in the ronde, and reads back as written", () => {
    const f = file()
    expect(f.agreements.map((a) => [a.text, a.status])).toEqual([
      ['Afspraak 1, aangepast', 'open'],
      ['Afspraak 2', 'afgerond'],
      ['Afspraak 3', 'open'],
    ])
    expect(readAgreementsFile(JSON.stringify(f, null, 2), TODAY)).toEqual({ ok: true, file: f })
    const earlier = file(R1)
    expect(earlier.agreements.map((a) => [a.text, a.status, a.history.length])).toEqual([
      ['Afspraak 1', 'open', 1],
      ['Afspraak 2', 'open', 1],
    ])
    expect(readAgreementsFile(JSON.stringify(earlier), TODAY).ok).toBe(true)
  })

  it('is named after gemeente, provider and ronde, with unsafe characters replaced', () => {
    expect(agreementsFileName(file())).toBe(
      "Afspraken_'s-Gravenhage_Stichting De Linde_ronde-2026-12-06.json",
    )
    const odd = { ...file(), provider: { name: 'Zorg/B: "Oost"', id: null } }
    expect(agreementsFileName(odd)).toBe(
      "Afspraken_'s-Gravenhage_Zorg-B- -Oost-_ronde-2026-12-06.json",
    )
  })

  it('is published as a JSON Schema in docs/ that matches the reader', async () => {
    const config = await resolveConfig(SCHEMA_FILE)
    const schema = await format(JSON.stringify(agreementsJsonSchema()), {
      ...config,
      filepath: SCHEMA_FILE,
    })
    if (process.env.UPDATE_EXCHANGE_SCHEMA) writeFileSync(SCHEMA_FILE, schema)
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schema)
  })

  it('validates with an independent JSON Schema validator (ajv), which also refuses a bad one', () => {
    const ajv = new Ajv2020({ allErrors: true })
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object)
    expect(validate(JSON.parse(JSON.stringify(file()))), JSON.stringify(validate.errors)).toBe(true)
    const bad = structuredClone(file()) as unknown as { agreements: { owner: string }[] }
    must(bad.agreements[1]).owner = 'gi'
    expect(validate(bad)).toBe(false)
    expect(validate.errors?.some((e) => e.instancePath === '/agreements/1/owner')).toBe(true)
  })
})

describe('reading an afsprakenbestand refuses a bad file with a Dutch reason naming the field', () => {
  it('not JSON, another kind of file, another version', () => {
    expect(readAgreementsFile('{"format":', TODAY)).toEqual({
      ok: false,
      errors: ['Het bestand is geen geldige JSON. Mogelijk is het beschadigd of afgebroken.'],
    })
    expect(errorsOf((f) => Object.assign(f, { format: 'doorstroombord-uitwissel' }))).toEqual([
      'Dit is geen afsprakenbestand van Doorstroombord: het veld "format" moet "doorstroombord-afspraken" zijn.',
    ])
    expect(errorsOf((f) => Object.assign(f, { version: 2 }))).toEqual([
      'Versie 2 van het afsprakenbestand wordt niet ondersteund; dit programma leest versie 1.',
    ])
  })

  it('a field of the wrong form, named with its afspraak', () => {
    expect(
      errorsOf((f) => Object.assign(must(f.agreements[2]), { dueDate: '2027-02-30' })),
    ).toEqual(['Veld "agreements[2].dueDate" (afspraak 3) is ongeldig: geen bestaande datum.'])
    expect(errorsOf((f) => Object.assign(must(f.agreements[0]), { owner: 'gi' }))[0]).toContain(
      '"agreements[0].owner" (afspraak 1) heeft de ongeldige waarde "gi"',
    )
  })

  it('a BSN, a date after the file was made, a closed afspraak without its ronde', () => {
    expect(errorsOf((f) => must(f.agreements[0]).clientRefs.push('111222333'))).toContain(
      'Cliëntnummer 2 van afspraak 1 (agreements[0].clientRefs[1]) lijkt een BSN. Een afsprakenbestand mag geen BSN bevatten.',
    )
    expect(errorsOf((f) => Object.assign(f, { createdAt: '2026-12-20T09:00:00.000Z' }))).toEqual([
      'Het bestand is gemaakt op 20-12-2026, na vandaag (createdAt). Controleer de datum van de computer waarop het is gemaakt.',
    ])
    expect(errorsOf((f) => Object.assign(must(f.agreements[1]), { closedInRonde: null }))).toEqual([
      'Afspraak 2 (agreements[1].closedInRonde): een open afspraak heeft geen ronde van afronden, een afgeronde of ingetrokken afspraak wel.',
    ])
  })

  it('a history that does not fit the stated fields, or a doubled id', () => {
    expect(errorsOf((f) => Object.assign(must(f.agreements[0]), { text: 'Iets anders' }))).toEqual([
      'Afspraak 1 (agreements[0].history[1].changes[0].after): de geschiedenis past niet bij het veld text.',
    ])
    expect(
      errorsOf((f) => Object.assign(must(f.agreements[2]), { id: must(f.agreements[0]).id })),
    ).toEqual(['Afspraak 3 (agreements[2].id) komt twee keer voor in het bestand.'])
  })
})
