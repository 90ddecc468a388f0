import Dexie, { type DBCore, type Middleware } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../test/factories/youth'
import { db } from './database'
import { classifyStorageError, onStorageError, type StorageErrorKind } from './storage'
import { addYouth } from './youths-repo'

function quotaError() {
  return new DOMException('The disk is full', 'QuotaExceededError')
}

/** Simulates a full disk: every write to `table` fails as IndexedDB would fail it. */
const diskFullFor = (table: string): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'disk-full',
  level: -100,
  create: (core) => ({
    ...core,
    table(name) {
      const t = core.table(name)
      return name === table ? { ...t, mutate: () => Promise.reject(quotaError()) } : t
    },
  }),
})

describe('classifying storage errors', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    expect(classifyStorageError(quotaError())).toBe('quota')
    const wrapped = new Dexie.AbortError('Transaction aborted', quotaError())
    expect(classifyStorageError(wrapped)).toBe('quota')
    expect(classifyStorageError(new Dexie.QuotaExceededError('full'))).toBe('quota')
    const bulk = new Dexie.BulkError('1 of 2 failed', { 1: quotaError() })
    expect(classifyStorageError(bulk)).toBe('quota')
  })

  it('tells a closed database, a newer schema and other failures apart', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed')
    expect(classifyStorageError(new Dexie.VersionError('newer'))).toBe('version')
    expect(classifyStorageError(new Error('boom'))).toBe('other')
    expect(classifyStorageError(undefined)).toBe('other')
  })
})

describe('a write that fails because the disk is full', () => {
  const middleware = diskFullFor('audit')
  afterEach(() => {
    db.close({ disableAutoOpen: false })
    db.unuse({ stack: 'dbcore', name: 'disk-full' })
  })

  it('leaves nothing behind: no youth without its audit line, and says why', async () => {
    const seen: StorageErrorKind[] = []
    const stop = onStorageError((kind) => seen.push(kind))
    db.close({ disableAutoOpen: false })
    db.use(middleware)

    const failure = await addYouth(makeYouthValues(), 'Tester').catch((e: unknown) => e)
    stop()

    expect(classifyStorageError(failure)).toBe('quota')
    expect(seen).toContain('quota')
    // The youth was written before the audit line failed; the transaction took it back.
    expect(await db.youths.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })
})
