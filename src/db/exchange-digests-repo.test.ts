import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../test/factories/exchange'
import { createBackupText } from '../domain/backup/make-backup'
import { readBackup } from '../domain/backup/read-backup'
import { digestFile } from '../domain/municipal/digest'
import { readAllData, replaceAllData, schemaVersion, tableInfos } from './backup-repo'
import { db } from './database'
import {
  readExchangeDigests,
  readExchangeFiles,
  readRondeFiles,
  refreshExchangeDigests,
} from './exchange-digests-repo'
import { removeExchangeFile, storeExchangeFiles } from './municipal-repo'

const rood = (clientRef: string) =>
  makeExchangeYouth({
    clientRef,
    statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' },
  })
const groen = (clientRef: string) =>
  makeExchangeYouth({
    clientRef,
    statuses: { wonen: 'groen', school: 'groen', toekomstplan: 'nvt' },
  })

const zorgA = () => makeStoredFile({ provider: 'Zorg A', youths: [rood('K-1'), groen('K-2')] })
const zorgB = () => makeStoredFile({ provider: 'Zorg B', youths: [groen('K-9')] })

describe('the digests the Gemeente-overzicht opens from', () => {
  it('are stored with the files and say which youths are rood, without reading a file', async () => {
    const [a, b] = [zorgA(), zorgB()]
    await storeExchangeFiles([a, b])
    const { digests, missing } = await readExchangeDigests()
    expect(missing).toBe(0)
    expect(digests.map((d) => d.providerName)).toEqual(['Zorg A', 'Zorg B'])
    expect(digests[0]).toEqual({ ...digestFile(a), loadedAt: a.loadedAt })
    expect(digests[0]?.redRefs).toEqual(['K-1'])
    expect(digests[0]?.rows.map((g) => g.placed)).toEqual([2])
    expect(await readExchangeFiles([b.key, 'no such file'])).toEqual([b])
  })

  it('never counts a file from the digest of the file it replaced, and makes the new one', async () => {
    const before = zorgA()
    await storeExchangeFiles([before])
    // As a restore or team sync writes it: the same key, loaded later, without its digest.
    const after = {
      ...makeStoredFile({ provider: 'Zorg A', youths: [groen('K-1'), groen('K-2')] }),
      loadedAt: '2026-04-05T08:00:00.000Z',
    }
    expect(after.key).toBe(before.key)
    await db.exchangeFiles.put(after)
    expect(await readExchangeDigests()).toEqual({ digests: [], missing: 1 })

    expect(await refreshExchangeDigests()).toBe(1)
    const { digests, missing } = await readExchangeDigests()
    expect(missing).toBe(0)
    expect(digests).toEqual([{ ...digestFile(after), loadedAt: after.loadedAt }])
    expect(digests[0]?.redRefs).toEqual([])
  })

  it('reads for another ronde only the files the ronde before did not read, or read older', async () => {
    const [a, b] = [zorgA(), zorgB()]
    await storeExchangeFiles([a, b])
    const first = await readExchangeFiles([a.key])
    const newerB = { ...b, loadedAt: '2026-04-05T08:00:00.000Z' }
    await storeExchangeFiles([newerB])
    const { digests } = await readExchangeDigests()
    // Zorg B was kept as it was loaded before: its newer version is read instead.
    const kept = new Map([...first, b].map((f) => [f.key, f]))
    const files = await readRondeFiles([a.key, b.key], digests, kept)
    expect(files[0]).toBe(first[0])
    expect(files[1]).not.toBe(b)
    expect(files[1]).toEqual(newerB)
  })

  it('drops the digest of a removed file, also one removed without it', async () => {
    const [a, b] = [zorgA(), zorgB()]
    await storeExchangeFiles([a, b])
    await removeExchangeFile(a.key)
    expect(await db.exchangeDigests.count()).toBe(1)
    await db.exchangeFiles.delete(b.key)
    expect(await readExchangeDigests()).toEqual({ digests: [], missing: 0 })
    await refreshExchangeDigests()
    expect(await db.exchangeDigests.count()).toBe(0)
  })

  it('are left out of a back-up and made again from the restored files', async () => {
    const [a, b] = [zorgA(), zorgB()]
    await storeExchangeFiles([a, b])
    const data = await readAllData()
    expect(Object.keys(data)).not.toContain('exchangeDigests')
    const text = await createBackupText(data, {
      schemaVersion: schemaVersion(),
      appVersion: '0.1.0',
      createdAt: '2026-11-23T10:00:00.000Z',
    })
    const read = await readBackup(text, { schemaVersion: schemaVersion(), tables: tableInfos() })
    if (!read.ok) throw new Error(JSON.stringify(read.problem))

    // After the back-up: Zorg A removed, Zorg B loaded again with other rows.
    await removeExchangeFile(a.key)
    const later = makeStoredFile({ provider: 'Zorg B', youths: [rood('K-9')] })
    await storeExchangeFiles([{ ...later, loadedAt: '2026-05-01T00:00:00.000Z' }])
    await replaceAllData(read.backup.data, { createdAt: '2026-11-23T10:00:00.000Z', actor: 'T' })

    // Zorg A has no digest and Zorg B's is of the later file: neither is used.
    expect(await readExchangeDigests()).toEqual({ digests: [], missing: 2 })
    await refreshExchangeDigests()
    const { digests, missing } = await readExchangeDigests()
    expect(missing).toBe(0)
    expect(digests).toEqual([a, b].map((f) => ({ ...digestFile(f), loadedAt: f.loadedAt })))
  })
})
