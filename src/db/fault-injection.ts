import type { DBCore, DBCoreMutateResponse, Middleware } from 'dexie'

/**
 * The ways browsers report a failed write that the app must explain, as IndexedDB hands them
 * over (names and messages as seen in the browsers).
 */
export const STORAGE_FAULTS = {
  /** The standard name, in every browser. */
  quota: () =>
    new DOMException(
      'The current transaction exceeded its quota limitations.',
      'QuotaExceededError',
    ),
  /** Chromium when the disk itself is full: the LevelDB write fails. */
  'chromium-no-space': () =>
    new DOMException(
      'Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
      'UnknownError',
    ),
  'chromium-full-disk': () =>
    new DOMException('Encountered full disk while committing transaction.', 'QuotaExceededError'),
  /** Firefox: the file system's error name, or an UnknownError that mentions it. */
  'firefox-no-space': () =>
    Object.assign(new Error('Disk full'), { name: 'NS_ERROR_FILE_NO_DEVICE_SPACE' }),
  'firefox-unknown': () =>
    new DOMException(
      'The operation failed for reasons unrelated to the database itself (NS_ERROR_FILE_NO_DEVICE_SPACE).',
      'UnknownError',
    ),
  /** Safari: today's name, the legacy one (code 22) and SQLite's own message. */
  'safari-quota': () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  'safari-legacy': () =>
    Object.assign(new Error('QUOTA_EXCEEDED_ERR: DOM Exception 22'), {
      name: 'QUOTA_EXCEEDED_ERR',
      code: 22,
    }),
  'safari-sqlite': () => new DOMException('database or disk is full', 'UnknownError'),
  /** Not a full disk: a unique key (the cliëntnummer) taken by another write first. */
  'key-conflict': () =>
    new DOMException(
      'Unable to add key to index: at least one key does not satisfy the uniqueness requirements.',
      'ConstraintError',
    ),
} satisfies Record<string, () => Error>

export type StorageFault = keyof typeof STORAGE_FAULTS

let armed: { fault: StorageFault; table: string | null } | null = null

/**
 * The next write (to `table`, or to any table) fails with `fault`, every request of it, as
 * IndexedDB fails the requests of a transaction that cannot be written. Dexie then aborts the
 * transaction, so nothing is half written. For tests only.
 */
export function failNextWrite(fault: StorageFault, table: string | null = null): void {
  armed = { fault, table }
}

/** Writes cut off by `cutOffWrites()`, left hanging for good. */
let cutOff: { held: number } | null = null

/**
 * From now on every write hangs and is never stored, as the writes still to come from a page
 * that is reloaded or closed. For tests only: `disarmFaults()` lets the next "page" write again,
 * while the writes cut off stay cut off. Returns how many were cut off so far.
 */
export function cutOffWrites(): () => number {
  const state = { held: 0 }
  cutOff = state
  return () => state.held
}

export function disarmFaults(): void {
  armed = null
  cutOff = null
}

/**
 * Lies at the very bottom of the database (below the storage watch, which must see the failure).
 * Inert unless a test armed it; it can only make a write fail or hang, never read or change data.
 */
export const faultInjectionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'fault-injection',
  level: -100,
  create: (core) => ({
    ...core,
    table(name) {
      const table = core.table(name)
      return {
        ...table,
        mutate: (req) => {
          if (cutOff) {
            cutOff.held++
            return new Promise<never>(() => undefined)
          }
          if (!armed || (armed.table !== null && armed.table !== name)) return table.mutate(req)
          const error = STORAGE_FAULTS[armed.fault]()
          armed = null
          const count = 'values' in req ? req.values.length : 1
          const failures: DBCoreMutateResponse['failures'] = {}
          for (let i = 0; i < count; i++) failures[i] = error
          return Promise.resolve({
            numFailures: count,
            failures,
            lastResult: undefined,
            results: [],
          })
        },
      }
    },
  }),
}

declare global {
  interface Window {
    __dsbFailNextWrite?: (fault: StorageFault, table?: string) => void
  }
}

/** localStorage switch the end-to-end tests set before the app starts. */
export const TEST_FAULTS_KEY = 'doorstroombord.test-faults'

/**
 * Exposes `window.__dsbFailNextWrite` for the end-to-end tests, only when they switched it on
 * before the app started. Harmless in anyone's hands: it can only make one write fail.
 */
export function installTestFaultHook(): void {
  try {
    if (localStorage.getItem(TEST_FAULTS_KEY) !== 'on') return
  } catch {
    return
  }
  window.__dsbFailNextWrite = (fault, table) => failNextWrite(fault, table ?? null)
}
