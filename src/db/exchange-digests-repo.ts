import { digestFile, type StoredFileDigest } from '../domain/municipal/digest'
import type { StoredExchangeFile } from '../domain/municipal/types'
import { db } from './database'

/*
 * The digests of the stored uitwisselbestanden (schema v9, domain/municipal/digest.ts): the
 * Gemeente-overzicht reads these and the rows of one ronde instead of every file. A digest is
 * used only while its `loadedAt` matches its file's (read from the index, no file is read),
 * so a file replaced by any writer — a load, a restore, team sync — is never counted from an
 * old digest. The repository writes a file's digest with the file; files stored before v9,
 * or written by a restore or team sync, get theirs from `refreshExchangeDigests`.
 */

/** A stored file's digest, to store beside it. */
export function storedDigest(file: StoredExchangeFile): StoredFileDigest {
  return { ...digestFile(file), loadedAt: file.loadedAt }
}

/** Every stored file's key and loadedAt, from the index. */
async function fileStamps(): Promise<Map<string, string>> {
  const stamps = new Map<string, string>()
  await db.exchangeFiles.orderBy('loadedAt').eachKey((loadedAt, cursor) => {
    if (typeof loadedAt === 'string') stamps.set(cursor.primaryKey, loadedAt)
  })
  return stamps
}

export interface ExchangeDigests {
  /** The valid digests, by key. */
  digests: StoredFileDigest[]
  /** Stored files without a valid digest: the overview waits for `refreshExchangeDigests`. */
  missing: number
}

/** The digests the overview opens from (reads no file). */
export async function readExchangeDigests(): Promise<ExchangeDigests> {
  const stamps = await fileStamps()
  const stored = await db.exchangeDigests.toArray()
  const digests = stored.filter((d) => stamps.get(d.key) === d.loadedAt)
  return { digests, missing: stamps.size - digests.length }
}

/** Stored files by key (the rows of the ronde shown); a key without a file is left out. */
export async function readExchangeFiles(keys: readonly string[]): Promise<StoredExchangeFile[]> {
  const files = await db.exchangeFiles.bulkGet([...keys])
  return files.filter((f): f is StoredExchangeFile => f !== undefined)
}

/**
 * The files `keys` names for a ronde: those in `kept` (the ronde read before) whose digest still
 * has their `loadedAt` are taken from there, only the others are read. Another ronde shares
 * half its files with the one before it.
 */
export async function readRondeFiles(
  keys: readonly string[],
  digests: readonly StoredFileDigest[],
  kept: ReadonlyMap<string, StoredExchangeFile>,
): Promise<StoredExchangeFile[]> {
  const stamps = new Map(digests.map((d) => [d.key, d.loadedAt]))
  const current = (key: string) => {
    const file = kept.get(key)
    return file && file.loadedAt === stamps.get(key) ? file : undefined
  }
  const read = new Map(
    (await readExchangeFiles(keys.filter((k) => !current(k)))).map((f) => [f.key, f]),
  )
  return keys.flatMap((key) => {
    const file = current(key) ?? read.get(key)
    return file ? [file] : []
  })
}

/** Files read at once while digests are made: bounds the memory of the one-time catch-up. */
const CHUNK = 20

let running: Promise<number> | null = null

/**
 * Makes the digests that are missing or out of date, a few files at a time, and drops those
 * of removed files. Returns the number made. One run at a time per tab; a run in another tab
 * at the same moment writes the same digests.
 */
export function refreshExchangeDigests(): Promise<number> {
  running ??= refresh().finally(() => {
    running = null
  })
  return running
}

async function refresh(): Promise<number> {
  const stamps = await fileStamps()
  const stored = await db.exchangeDigests.toArray()
  const valid = new Set(stored.filter((d) => stamps.get(d.key) === d.loadedAt).map((d) => d.key))
  const orphans = stored.filter((d) => !stamps.has(d.key)).map((d) => d.key)
  if (orphans.length > 0) await db.exchangeDigests.bulkDelete(orphans)
  const todo = [...stamps.keys()].filter((key) => !valid.has(key))
  for (let i = 0; i < todo.length; i += CHUNK) {
    const keys = todo.slice(i, i + CHUNK)
    await db.transaction('rw', db.exchangeFiles, db.exchangeDigests, async () => {
      await db.exchangeDigests.bulkPut((await readExchangeFiles(keys)).map(storedDigest))
    })
  }
  return todo.length
}
