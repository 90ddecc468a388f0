import type { DBCore, DBCoreTransaction, Middleware } from 'dexie'

/**
 * What went wrong with a database operation, for a message that says what to do:
 * quota (disk full), locked (encryption on, no key), closed (another tab took over),
 * version (schema newer than this app), decryption (damaged ciphertext), other.
 */
export type StorageErrorKind = 'quota' | 'locked' | 'closed' | 'version' | 'decryption' | 'other'

/** Error names that mean "no room left", in every browser (Firefox's NS_… names too). */
const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  'QUOTA_EXCEEDED_ERR', // old WebKit
  'NS_ERROR_DOM_QUOTA_REACHED', // Firefox (localStorage)
  'NS_ERROR_DOM_INDEXEDDB_QUOTA_ERR', // Firefox (IndexedDB, older versions)
  'NS_ERROR_FILE_NO_DEVICE_SPACE', // Firefox
  'NS_ERROR_FILE_DISK_FULL', // Firefox
])

/** Legacy DOMException codes: 22 QUOTA_EXCEEDED_ERR, 1014 Firefox's NS_ERROR_DOM_QUOTA_REACHED. */
const QUOTA_CODES = new Set([22, 1014])

/**
 * A full disk reported under another name, recognised by its message. Chromium: an
 * `UnknownError` "Connection is closing because of: IO error: …: FILE_ERROR_NO_SPACE" (or
 * "Encountered full disk while …"); Firefox: an `UnknownError` mentioning
 * NS_ERROR_FILE_NO_DEVICE_SPACE; Safari (SQLite): "database or disk is full".
 */
const NO_SPACE_MESSAGE =
  /FILE_ERROR_NO_SPACE|NO_DEVICE_SPACE|NS_ERROR_FILE_DISK_FULL|no space left|full disk|disk (is )?full|not enough (remaining )?(disk |storage )?space|out of (disk |storage )?space|quota (has been |was )?(exceeded|reached)|exceeded (its|the) quota/i

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

function isNoSpace(e: object): boolean {
  const { name, code, message } = e as { name?: unknown; code?: unknown; message?: unknown }
  return (
    (typeof name === 'string' && QUOTA_NAMES.has(name)) ||
    (typeof code === 'number' && QUOTA_CODES.has(code)) ||
    (typeof message === 'string' && NO_SPACE_MESSAGE.test(message))
  )
}

/**
 * One classifier for every storage failure, used by the notices and the error screens. A full
 * disk wins over everything it is wrapped in (Dexie's AbortError, BulkError, ModifyError).
 */
export function classifyStorageError(error: unknown): StorageErrorKind {
  const errors = [...chain(error)].filter((e): e is object => typeof e === 'object' && e !== null)
  if (errors.some(isNoSpace)) return 'quota'
  for (const e of errors) {
    const { name } = e as { name?: unknown }
    if (name === 'LockedError') return 'locked'
    if (name === 'DecryptionError') return 'decryption'
    if (name === 'DatabaseClosedError') return 'closed'
    if (name === 'VersionError' || name === 'UpgradeError') return 'version'
  }
  return 'other'
}

/**
 * True only for a real key conflict: a unique key (the cliëntnummer) that another write took
 * first. A bulk write that failed for any other reason (a full disk, an aborted transaction) is
 * not one, even though Dexie reports both as a BulkError.
 */
export function isKeyConflict(error: unknown): boolean {
  const errors = [...chain(error)].filter((e): e is object => typeof e === 'object' && e !== null)
  return (
    !errors.some(isNoSpace) &&
    errors.some((e) => (e as { name?: unknown }).name === 'ConstraintError')
  )
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
  if (kind === 'quota') markStorageFull()
  for (const listener of listeners) listener(kind, error)
}

/**
 * When the disk filled up, remembered across a reload: Chromium may close the database after a
 * failed write and start again with an empty one, and an empty board must then say why instead
 * of greeting the user as a newcomer. Holds a time only, never data. Cleared when the board
 * finds youths again or the user dismisses the message.
 */
const FULL_MARK_KEY = 'doorstroombord.storage-full-at'
const markListeners = new Set<() => void>()
let fullMark: string | null = readFullMark()

function readFullMark(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(FULL_MARK_KEY)
  } catch {
    return null
  }
}

function setFullMark(value: string | null) {
  if (value === fullMark) return
  fullMark = value
  try {
    if (value === null) localStorage.removeItem(FULL_MARK_KEY)
    else localStorage.setItem(FULL_MARK_KEY, value)
  } catch {
    // localStorage may be full as well: the mark then lasts for this page only.
  }
  for (const listener of markListeners) listener()
}

function markStorageFull() {
  if (fullMark === null) setFullMark(new Date().toISOString())
}

export const storageFullMark = {
  subscribe: (listener: () => void): (() => void) => {
    markListeners.add(listener)
    return () => markListeners.delete(listener)
  },
  /** When the disk was found full (ISO timestamp), or null. */
  getSnapshot: (): string | null => fullMark,
}

export function clearStorageFullMark(): void {
  setFullMark(null)
}

let persistRequested = false

/**
 * When the browser aborts a transaction (Chromium: a full disk), every pending request fails
 * with a bare AbortError; the reason is only on the transaction. It is attached to the error as
 * its `cause`, so whoever catches the failure learns the real reason.
 */
function explainAbort(error: unknown, trans: unknown) {
  if (typeof error !== 'object' || error === null) return
  const { name, cause } = error as { name?: unknown; cause?: unknown }
  if (name !== 'AbortError' || cause) return
  const reason = (trans as Partial<IDBTransaction> | null)?.error
  if (!reason) return
  try {
    Object.defineProperty(error, 'cause', { value: reason, configurable: true })
  } catch {
    // A frozen error keeps its bare name; the abort listener still reports the reason.
  }
}

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
            // A failed request shows up either as a rejection or, in a bulk write, as a failure
            // in the result (Dexie then aborts the transaction itself, without an error on it).
            mutate: (req) =>
              table.mutate(req).then(
                (result) => {
                  const failures = Object.values(result.failures) as unknown[]
                  for (const failure of failures) explainAbort(failure, req.trans)
                  if (result.numFailures > 0) report(failures[0])
                  return result
                },
                (error: unknown) => {
                  explainAbort(error, req.trans)
                  report(error)
                  throw error
                },
              ),
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
