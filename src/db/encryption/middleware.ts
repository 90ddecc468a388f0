import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'
import type { Keyring } from './keyring'
import { PROTECTED_FIELDS } from './protected-fields'
import { hasPlainProtectedFields, openRecord, sealRecord } from './record-cipher'

export class LockedError extends Error {
  constructor() {
    super('Encryption is on and the app is locked: refusing to write personal data in plain text')
    this.name = 'LockedError'
  }
}

export interface EncryptionMiddleware extends Middleware<DBCore> {
  /** The core below this middleware (the database itself): writes there are not observed. */
  downstream(): DBCore
}

/** Refuses at start-up to protect a field an index relies on: ciphertext breaks indexes. */
function assertNoProtectedIndex(table: DBCoreTable) {
  const paths = PROTECTED_FIELDS[table.name] ?? []
  const indexed = [table.schema.primaryKey, ...table.schema.indexes].flatMap((index) =>
    index.keyPath === null ? [] : Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath],
  )
  const clash = paths.find((path) => indexed.some((k) => k === path || k.startsWith(`${path}.`)))
  if (clash) throw new Error(`Protected field ${table.name}.${clash} is indexed`)
}

/**
 * A Dexie DBCore middleware at the very bottom of the stack (below the cache and the
 * observability layers): records are sealed on their way into IndexedDB and opened on their
 * way out, so everything above — repositories, live queries, the board store, other tabs'
 * change events — only ever sees plain values. All work here is synchronous (see
 * record-cipher.ts).
 *
 * Locked: sealed records pass through unopened (so a schema upgrade can still run), and a
 * write that would store a protected field in plain text is refused.
 */
export function createEncryptionMiddleware(keyring: Keyring): EncryptionMiddleware {
  let down: DBCore | null = null
  let wrapped = new Map<string, DBCoreTable>()

  function writeValue(table: string, value: unknown): unknown {
    const key = keyring.dataKey()
    if (key) {
      const plain = openRecord(table, value, key)
      return keyring.sealsWrites() ? sealRecord(table, plain, key) : plain
    }
    if (keyring.refusesPlainWrites() && hasPlainProtectedFields(table, value)) {
      throw new LockedError()
    }
    return value
  }

  function readValue(table: string, value: unknown): unknown {
    const key = keyring.dataKey()
    // Not only sealed records: a youth's embedded assessments are sealed on their own.
    return key ? openRecord(table, value, key) : value
  }

  function wrapCursor(table: string, cursor: DBCoreCursor): DBCoreCursor {
    let raw: unknown
    let opened: unknown
    return Object.create(cursor, {
      key: { get: (): unknown => cursor.key },
      primaryKey: { get: (): unknown => cursor.primaryKey },
      value: {
        get: () => {
          const value: unknown = cursor.value
          if (value !== raw) {
            raw = value
            opened = readValue(table, value)
          }
          return opened
        },
      },
    }) as DBCoreCursor
  }

  function wrapTable(table: DBCoreTable): DBCoreTable {
    const name = table.name
    if (!(name in PROTECTED_FIELDS)) return table
    assertNoProtectedIndex(table)
    return {
      ...table,
      mutate(req: DBCoreMutateRequest) {
        if (req.type !== 'add' && req.type !== 'put') return table.mutate(req)
        try {
          return table.mutate({ ...req, values: req.values.map((v) => writeValue(name, v)) })
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)))
        }
      },
      get: (req) => table.get(req).then((value) => readValue(name, value)),
      getMany: (req) =>
        table.getMany(req).then((values) => values.map((value) => readValue(name, value))),
      query: (req) =>
        table
          .query(req)
          .then((res) =>
            req.values
              ? { ...res, result: res.result.map((value) => readValue(name, value)) }
              : res,
          ),
      openCursor: (req) =>
        table
          .openCursor(req)
          .then((cursor) => (cursor && req.values ? wrapCursor(name, cursor) : cursor)),
    }
  }

  return {
    stack: 'dbcore',
    name: 'encryption',
    // Below Dexie's own middlewares (cache -1…0, observability 0, hooks 2).
    level: -10,
    create(core) {
      down = core
      wrapped = new Map()
      return {
        ...core,
        table(name) {
          let table = wrapped.get(name)
          if (!table) {
            table = wrapTable(core.table(name))
            wrapped.set(name, table)
          }
          return table
        },
      }
    },
    downstream() {
      if (!down) throw new Error('The database is not open')
      return down
    },
  }
}
