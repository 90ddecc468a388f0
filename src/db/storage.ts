import type { DBCore, DBCoreTransaction, Middleware } from 'dexie'

/**
 * What went wrong with a database operation, for a message that says what to do:
 * quota (disk full), locked (encryption on, no key), closed (another tab took over),
 * version (schema newer than this app), decryption (damaged ciphertext), other.
 */
export type StorageErrorKind = 'quota' | 'locked' | 'closed' | 'version' | 'decryption' | 'other'

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/** The error and everything it wraps: Dexie's `inner`, `cause`, a BulkError's failures. */
function* chain(error: unknown, depth = 0): Generator {
  if (depth > 5 || error === null || error === undefined) return
  yield error
  if (typeof error !== 'object') return
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown }
  yield* chain(e.inner, depth + 1)
  yield* chain(e.cause, depth + 1)
  if (Array.isArray(e.failures)) for (const f of e.failures) yield* chain(f, depth + 1)
  else if (e.failures && typeof e.failures === 'object')
    for (const f of Object.values(e.failures)) yield* chain(f, depth + 1)
}

/** One classifier for every storage failure, used by the notices and the error screens. */
export function classifyStorageError(error: unknown): StorageErrorKind {
  for (const e of chain(error)) {
    if (typeof e !== 'object' || e === null) continue
    const { name, code } = e as { name?: unknown; code?: unknown }
    if ((typeof name === 'string' && QUOTA_NAMES.has(name)) || code === 22) return 'quota'
    if (name === 'LockedError') return 'locked'
    if (name === 'DecryptionError') return 'decryption'
    if (name === 'DatabaseClosedError') return 'closed'
    if (name === 'VersionError' || name === 'UpgradeError') return 'version'
  }
  return 'other'
}

type Listener = (kind: StorageErrorKind, error: unknown) => void
const listeners = new Set<Listener>()

/** Be told of every failed write in the app (a full disk shows up as an aborted commit). */
export function onStorageError(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function report(error: unknown) {
  const kind = classifyStorageError(error)
  for (const listener of listeners) listener(kind, error)
}

let persistRequested = false

/**
 * Watches writes: a failed request or commit (a full disk often shows up only when the
 * transaction commits) is reported; the first successful commit asks the browser to keep
 * our storage.
 * IndexedDB rolls back a failed transaction completely, so nothing is ever half written.
 */
export function createStorageWatchMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'storage-watch',
    level: -20,
    create(core) {
      return {
        ...core,
        table(name) {
          const table = core.table(name)
          return {
            ...table,
            mutate: (req) =>
              table.mutate(req).catch((error: unknown) => {
                report(error)
                throw error
              }),
          }
        },
        transaction(stores, mode, options): DBCoreTransaction {
          const tx = core.transaction(stores, mode, options)
          const idb = tx as Partial<IDBTransaction>
          if (mode === 'readwrite' && typeof idb.addEventListener === 'function') {
            idb.addEventListener('abort', () => {
              if (idb.error) report(idb.error)
            })
            idb.addEventListener('complete', () => {
              if (!persistRequested) {
                persistRequested = true
                void requestPersistence()
              }
            })
          }
          return tx
        },
      }
    },
  }
}

/** Asks for persistent storage (Chromium decides silently). Null: the browser cannot tell. */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.persist || !storage.persisted) return null
  try {
    return (await storage.persisted()) || (await storage.persist())
  } catch {
    return null
  }
}

export async function isPersisted(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.persisted) return null
  try {
    return await storage.persisted()
  } catch {
    return null
  }
}

export interface StorageUse {
  usage: number
  quota: number
}

export async function storageUse(): Promise<StorageUse | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.estimate) return null
  try {
    const { usage, quota } = await storage.estimate()
    return usage === undefined || quota === undefined ? null : { usage, quota }
  } catch {
    return null
  }
}
