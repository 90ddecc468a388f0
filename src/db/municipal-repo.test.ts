import { describe, expect, it } from 'vitest'
import { makeExchangeFile, makeExchangeYouth } from '../../test/factories/exchange'
import type { ExchangeFile } from '../domain/exchange/exchange-schema-v2'
import { fileKey, rondeOnOrBefore } from '../domain/municipal'
import { db } from './database'
import {
  checkExchangeFiles,
  listExchangeFiles,
  loadSampleExchangeFiles,
  removeExchangeFile,
  SampleFilesNotAllowedError,
  storeExchangeFiles,
  type LoadOutcome,
} from './municipal-repo'
import { getSettings, saveSettings } from './settings-repo'

const LOADED = '2026-04-02T09:00:00.000Z'

const text = (file: ExchangeFile) => `${JSON.stringify(file, null, 2)}\n`

function fileOf(provider: string, peildatum = '2026-03-29', clientRef = 'C-001') {
  return makeExchangeFile({ provider, peildatum, youths: [makeExchangeYouth({ clientRef })] })
}

function stored(outcome: LoadOutcome | undefined) {
  if (outcome?.kind !== 'new' && outcome?.kind !== 'replaces') {
    throw new Error(`expected a file to store, got ${JSON.stringify(outcome)}`)
  }
  return outcome.stored
}

/** Everything the Gemeente-overzicht stores, to prove that a refusal changed nothing. */
async function everything() {
  return {
    files: await db.exchangeFiles.toArray(),
    audit: await db.audit.count(),
    settings: await db.settings.toArray(),
  }
}

async function loadAndStore(files: { name: string; text: string }[], loadedAt = LOADED) {
  const outcomes = await checkExchangeFiles(files, loadedAt)
  await storeExchangeFiles(
    outcomes.flatMap((o) => (o.kind === 'new' || o.kind === 'replaces' ? [o.stored] : [])),
    'Accountmanager',
  )
  return outcomes
}

describe('loading uitwisselbestanden', () => {
  it('checks files without writing, then stores the confirmed ones under their fileKey', async () => {
    const a = fileOf('Zorg A')
    const b = fileOf('Zorg B')
    const outcomes = await checkExchangeFiles(
      [
        { name: 'a.json', text: text(a) },
        { name: 'b.json', text: text(b) },
      ],
      LOADED,
    )
    expect(outcomes.map((o) => o.kind)).toEqual(['new', 'new'])
    expect(await db.exchangeFiles.count()).toBe(0)

    await storeExchangeFiles(outcomes.map(stored), 'Accountmanager')
    const list = await listExchangeFiles()
    expect(list.map((f) => f.key).sort()).toEqual([
      'zorg a|gemeente:GM0518|2026-03-29',
      'zorg b|gemeente:GM0518|2026-03-29',
    ])
    expect(list.find((f) => f.providerKey === 'zorg a')).toMatchObject({
      providerName: 'Zorg A',
      scopeKey: 'gemeente:GM0518',
      peildatum: '2026-03-29',
      fileName: 'a.json',
      loadedAt: LOADED,
      file: a,
    })
    const audit = await db.audit.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ kind: 'municipal', actor: 'Accountmanager' })
  })

  it('refuses a version-3 file and a wrong status word with Dutch reasons, and changes nothing', async () => {
    await loadAndStore([{ name: 'a.json', text: text(fileOf('Zorg A')) }])
    const before = await everything()

    const v3 = { ...fileOf('Zorg A'), version: 3 }
    const paars = fileOf('Zorg A')
    ;(paars.youths[0] as { statuses: Record<string, string> }).statuses.wonen = 'paars'
    const outcomes = await checkExchangeFiles(
      [
        { name: 'nieuwer.json', text: JSON.stringify(v3) },
        { name: 'paars.json', text: JSON.stringify(paars) },
      ],
      LOADED,
    )
    expect(outcomes).toEqual([
      { kind: 'refused', fileName: 'nieuwer.json', errors: [expect.stringMatching(/Versie 3/)] },
      {
        kind: 'refused',
        fileName: 'paars.json',
        errors: [expect.stringContaining('youths[0].statuses.wonen')],
      },
    ])
    // Nothing was written: the loaded file is exactly as it was.
    expect(await everything()).toEqual(before)
  })

  it('says which earlier file a file replaces, and replaces it once confirmed', async () => {
    await loadAndStore([{ name: 'maart.json', text: text(fileOf('Zorg A', '2026-03-29', 'C-1')) }])

    const newer = fileOf('  zorg   a ', '2026-03-29', 'C-2')
    const [outcome] = await checkExchangeFiles(
      [{ name: 'maart-herzien.json', text: text(newer) }],
      '2026-04-03T10:00:00.000Z',
    )
    expect(outcome).toMatchObject({
      kind: 'replaces',
      fileName: 'maart-herzien.json',
      replaces: { fileName: 'maart.json', loadedAt: LOADED },
    })
    expect((await listExchangeFiles())[0]?.file.youths[0]?.clientRef).toBe('C-1')

    await storeExchangeFiles([stored(outcome)])
    const list = await listExchangeFiles()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ fileName: 'maart-herzien.json', providerName: 'zorg   a' })
    expect(list[0]?.file.youths[0]?.clientRef).toBe('C-2')
  })

  it('marks the second file with the same provider, scope and peildatum in one batch as dubbel', async () => {
    const outcomes = await checkExchangeFiles(
      [
        { name: 'kapot.json', text: '{"format": "iets anders"}' },
        { name: 'eerste.json', text: text(fileOf('Zorg A', '2026-03-29', 'C-1')) },
        { name: 'ander.json', text: text(fileOf('Zorg A', '2026-02-15')) },
        { name: 'tweede.json', text: text(fileOf('Zorg A', '2026-03-29', 'C-2')) },
      ],
      LOADED,
    )
    expect(outcomes.map((o) => o.kind)).toEqual(['refused', 'new', 'new', 'duplicate'])
    expect(outcomes[3]).toEqual({
      kind: 'duplicate',
      fileName: 'tweede.json',
      sameAs: 'eerste.json',
    })
  })

  it('stores a batch in one transaction: a record that cannot be stored leaves nothing behind', async () => {
    const [good] = await checkExchangeFiles([{ name: 'a.json', text: text(fileOf('A')) }], LOADED)
    const [other] = await checkExchangeFiles([{ name: 'b.json', text: text(fileOf('B')) }], LOADED)
    // A function cannot be stored in IndexedDB: the second put fails after the first succeeded.
    const unstorable = { ...stored(other), fileName: (() => 'x') as unknown as string }
    await expect(storeExchangeFiles([stored(good), unstorable])).rejects.toThrow()
    expect(await db.exchangeFiles.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })

  it('refuses a record whose key is not the fileKey of its file', async () => {
    const [outcome] = await checkExchangeFiles(
      [{ name: 'a.json', text: text(fileOf('A')) }],
      LOADED,
    )
    const file = stored(outcome)
    await expect(storeExchangeFiles([{ ...file, key: 'iets|anders' }])).rejects.toThrow(/key/)
    expect(await db.exchangeFiles.count()).toBe(0)
    expect(fileKey(file.file)).toBe(file.key)
  })

  it('removes one loaded file', async () => {
    await loadAndStore([
      { name: 'a.json', text: text(fileOf('Zorg A')) },
      { name: 'b.json', text: text(fileOf('Zorg B')) },
    ])
    await removeExchangeFile('zorg a|gemeente:GM0518|2026-03-29', 'Accountmanager')
    expect((await listExchangeFiles()).map((f) => f.providerKey)).toEqual(['zorg b'])
  })
})

describe('Voorbeeldbestanden laden', () => {
  it('stores the sample files and sets the sample ronde rhythm when none was set', async () => {
    const count = await loadSampleExchangeFiles('2026-03-29', 'Accountmanager')
    expect(count).toBeGreaterThan(40)
    expect(await db.exchangeFiles.count()).toBe(count)
    const { municipal } = await getSettings()
    expect(municipal).toMatchObject({
      rondeAnchorDate: '2026-03-29',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
    })
    const latest = (await listExchangeFiles())
      .map((f) => f.peildatum)
      .sort()
      .at(-1)
    expect(latest !== undefined && latest <= '2026-03-29').toBe(true)

    // Again: the same files are replaced, none are added.
    expect(await loadSampleExchangeFiles('2026-03-29')).toBe(count)
    expect(await db.exchangeFiles.count()).toBe(count)
  })

  it("keeps a ronde rhythm the user saved and fits the sample's last ronde into it", async () => {
    const settings = await getSettings()
    const municipal = { ...settings.municipal, rondeAnchorDate: '2026-01-12', rondeWeeks: 4 }
    await saveSettings({ ...settings, municipal }, 'Accountmanager')

    await loadSampleExchangeFiles('2026-03-29')
    expect((await getSettings()).municipal).toEqual(municipal)
    const lastRonde = rondeOnOrBefore('2026-03-29', municipal)
    expect(lastRonde).toBe('2026-03-09')
    const latest = (await listExchangeFiles())
      .map((f) => f.peildatum)
      .sort()
      .at(-1)
    expect(latest !== undefined && latest <= lastRonde).toBe(true)
  })

  it('refuses to mix fictitious files with files of real providers, and writes nothing', async () => {
    await loadAndStore([{ name: 'echt.json', text: text(fileOf('Jeugdzorg Echt')) }])
    const before = await everything()
    await expect(loadSampleExchangeFiles('2026-03-29')).rejects.toBeInstanceOf(
      SampleFilesNotAllowedError,
    )
    expect(await everything()).toEqual(before)
  })
})
