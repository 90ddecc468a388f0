import Dexie, { type DBCore, type DBCoreTransaction, type Middleware } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../test/factories/youth'
import { db } from './database'
import { failNextWrite, STORAGE_FAULTS, type StorageFault } from './fault-injection'
import {
  classifyStorageError,
  createStorageWatchMiddleware,
  isKeyConflict,
  onStorageError,
  storageFullMark,
  type StorageErrorKind,
} from './storage'
import { addYouth } from './youths-repo'

const FULL_DISK_SHAPES = Object.keys(STORAGE_FAULTS).filter(
  (f): f is StorageFault => f !== 'key-conflict',
)

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

  it.each(FULL_DISK_SHAPES)('recognises %s as a full disk, bare and wrapped by Dexie', (shape) => {
    const error = STORAGE_FAULTS[shape]()
    expect(classifyStorageError(error)).toBe('quota')
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', error))).toBe('quota')
    const bulk = new Dexie.BulkError('2 of 2 operations failed', { 0: error, 1: error })
    expect(classifyStorageError(bulk)).toBe('quota')
    expect(isKeyConflict(bulk)).toBe(false)
    const modify = new Dexie.ModifyError('modify failed', [error], 0, [])
    expect(classifyStorageError(modify)).toBe('quota')
    // Dexie maps a DOMException to its own class and keeps the original as `inner`.
    expect(classifyStorageError(new Dexie.UnknownError('wrapped', error))).toBe('quota')
  })

  it('calls only a taken unique key a key conflict, not a full disk or an abort', () => {
    const conflict = STORAGE_FAULTS['key-conflict']()
    const abort = new DOMException('The transaction was aborted.', 'AbortError')
    expect(isKeyConflict(new Dexie.BulkError('1 failed', { 0: conflict, 1: abort }))).toBe(true)
    expect(classifyStorageError(conflict)).toBe('other')
    expect(isKeyConflict(new Dexie.BulkError('1 failed', { 0: abort }))).toBe(false)
    const unknown = new DOMException('Internal error committing transaction.', 'UnknownError')
    expect(isKeyConflict(new Dexie.BulkError('1 failed', { 0: unknown }))).toBe(false)
    expect(classifyStorageError(unknown)).toBe('other')
  })

  it('finds the reason of a bulk write the browser aborted on its transaction', async () => {
    // Chromium fails every pending request with a bare AbortError; the reason is on the
    // transaction (seen with a full disk: UnknownError … FILE_ERROR_NO_SPACE).
    const abort = new DOMException('The transaction was aborted.', 'AbortError')
    const below = {
      table: () => ({
        name: 'youths',
        mutate: () => Promise.resolve({ numFailures: 1, failures: { 0: abort }, lastResult: 0 }),
      }),
    } as unknown as DBCore
    const watched = createStorageWatchMiddleware().create?.(below) as DBCore
    const trans = { error: STORAGE_FAULTS['chromium-no-space']() } as unknown as DBCoreTransaction
    const result = await watched.table('youths').mutate({ type: 'add', trans, values: [{}] })
    const bulk = new Dexie.BulkError('1 of 1 operations failed', result.failures)
    expect(classifyStorageError(bulk)).toBe('quota')
    expect(isKeyConflict(bulk)).toBe(false)
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

describe('a simulated full disk (fault injection)', () => {
  it.each(FULL_DISK_SHAPES)(
    '%s: reported once as quota, remembered, nothing written',
    async (shape) => {
      const seen: StorageErrorKind[] = []
      const stop = onStorageError((kind) => seen.push(kind))
      failNextWrite(shape, 'youths')
      const failure = await addYouth(makeYouthValues(), 'Tester').catch((e: unknown) => e)
      stop()
      expect(classifyStorageError(failure)).toBe('quota')
      expect(seen[0]).toBe('quota')
      expect(storageFullMark.getSnapshot()).not.toBeNull()
      expect(await db.youths.count()).toBe(0)
      expect(await db.audit.count()).toBe(0)
      // Only the next write failed: the one after it goes through.
      await addYouth(makeYouthValues(), 'Tester')
      expect(await db.youths.count()).toBe(1)
    },
  )
})
