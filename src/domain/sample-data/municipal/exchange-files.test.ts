import { describe, expect, it } from 'vitest'
import { passesBsnElfproef } from '../../bsn'
import { readExchangeFile } from '../../exchange/read-exchange-file'
import { toStoredFile } from '../../municipal/identity'
import { buildMunicipalOverview } from '../../municipal/overview'
import { selectRonde } from '../../municipal/ronde-files'
import { rondeDates } from '../../municipal/rondes'
import { SAMPLE_RONDES, sampleExchangeFiles, sampleRondeSettings } from './exchange-files'

const LAST = '2026-03-29'
const files = sampleExchangeFiles(LAST)
const settings = sampleRondeSettings(LAST)
const stored = files.map((f) => toStoredFile(f.file, f.fileName, '2026-04-01T09:00:00.000Z'))
const rondes = rondeDates(
  stored.map((f) => f.peildatum),
  settings,
)
const perRonde = rondes.map((r) => selectRonde(stored, r, settings))

describe('sample uitwisselbestanden', () => {
  it('are valid version-1 files that pass readExchangeFile, named as the Rapportage screen names them', () => {
    expect(files.length).toBeGreaterThan(40)
    for (const { file, fileName } of files) {
      const read = readExchangeFile(`${JSON.stringify(file, null, 2)}\n`, LAST)
      expect(read.ok ? 'ok' : read.errors).toBe('ok')
      expect(fileName).toMatch(/^Uitwisselbestand_.+-fictief_.+_peildatum-\d{4}-\d{2}-\d{2}\.json$/)
    }
  })

  it('have summaries that agree with their rows', () => {
    for (const { file } of files) {
      const rows = file.youths
      const overdue = rows.filter((r) => r.daysOverdue > 0)
      expect(file.summary.overdue).toEqual({
        youths: overdue.length,
        days: overdue.reduce((s, r) => s + r.daysOverdue, 0),
      })
      expect(file.summary.eighteenPlus.find((w) => w.months === 12)?.youths).toBe(
        rows.filter((r) => r.age === 17).length,
      )
      expect(file.summary.change.nieuw).toBe(rows.filter((r) => r.change === 'nieuw').length)
    }
  })

  it('cover eight clearly fictitious providers over six rondes, with tens of youths each', () => {
    const names = new Set(files.map((f) => f.file.provider.name))
    expect(names.size).toBe(8)
    for (const name of names) expect(name).toMatch(/\(fictief\)$/)
    expect(rondes).toHaveLength(SAMPLE_RONDES)
    expect(rondes.at(-1)).toBe(LAST)
    for (const { file } of files) {
      expect(file.youths.length).toBeGreaterThanOrEqual(8)
      expect(file.youths.length).toBeLessThan(100)
    }
  })

  it('hold pseudonyms only: no names, no BSN', () => {
    for (const { file } of files) {
      expect(file.includesNames).toBe(false)
      for (const row of file.youths) {
        expect(row.displayName).toBeUndefined()
        expect(passesBsnElfproef(row.clientRef)).toBe(false)
      }
    }
  })

  it('include a provider that skips a ronde, shown as ontbreekt', () => {
    expect(perRonde.at(-1)?.missing.map((m) => m.providerName)).toEqual([
      'Stichting Het Anker (fictief)',
    ])
    expect(perRonde.filter((r) => r.missing.length > 0).length).toBeGreaterThanOrEqual(2)
  })

  it('include differing peildata within one ronde, an eigen randvoorwaarde, an all-gemeenten file and two files of one provider', () => {
    const last = perRonde.at(-1)
    expect(new Set(last?.providers.map((p) => p.peildatum)).size).toBeGreaterThan(3)
    expect(files.some((f) => f.file.preconditions.some((p) => p.id.startsWith('eigen-')))).toBe(
      true,
    )
    expect(files.some((f) => f.file.scope.kind === 'all')).toBe(true)
    expect(last?.providers.some((p) => p.files.length === 2)).toBe(true)
  })

  it('include one provider far worse than the rest', () => {
    const shares = (perRonde.at(-1)?.providers ?? []).map((p) => ({
      name: p.providerName,
      red: p.rows.filter((r) => r.totalStatus === 'rood').length / p.rows.length,
    }))
    shares.sort((a, b) => b.red - a.red)
    const [worst, next] = shares
    expect(worst?.name).toBe('Gezinshuizen Noordster (fictief)')
    expect(worst?.red).toBeGreaterThan(2 * (next?.red ?? 1))
  })

  it('keep cliëntnummers from file to file, so rood sinds N rondes shows long streaks', () => {
    const overview = buildMunicipalOverview({
      files: stored,
      rondeDate: null,
      settings: { ...settings, dailyTariffs: {} },
      selection: { kind: 'all' },
      agreements: [],
      today: '2026-04-01',
    })
    expect(Math.max(...overview.youths.map((y) => y.redSinceRondes))).toBe(SAMPLE_RONDES)
    expect(overview.youths.filter((y) => y.redSinceRondes >= 3).length).toBeGreaterThan(5)
  })

  it('are the same every time for the same date', () => {
    expect(sampleExchangeFiles(LAST)).toEqual(files)
  })

  it('are never made after the moment they are made: "Gemaakt op" is never ahead', () => {
    // Loaded early on the day of the last ronde: the files of that day say this moment.
    const now = `${LAST}T06:15:00.000Z`
    const early = sampleExchangeFiles(LAST, now)
    expect(early.every(({ file }) => file.createdAt <= now)).toBe(true)
    expect(early.some(({ file }) => file.createdAt === now)).toBe(true)
    // Later that day nothing needs capping: the same files as without a moment.
    expect(sampleExchangeFiles(LAST, `${LAST}T20:00:00.000Z`)).toEqual(files)
  })
})
