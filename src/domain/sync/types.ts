/**
 * The shapes team sync is built on (docs/sync-design.md). Shared by the bridge (src/sync), its
 * Dexie side (src/db/sync), the merge (domain/sync) and the screens, so they are pure types.
 */

/** The document layout this app writes and understands (docs/sync-design.md §2, §8). */
export const DOC_LAYOUT = 1

/** Document id prefixes; the id is `<type>:<key>`. */
export type SyncDocType =
  | 'youth'
  | 'audit'
  | 'review'
  | 'reviewItem'
  | 'snapshot'
  | 'reportNote'
  | 'setting'
  | 'exchangeFile'
  | 'agreement'
  | 'receivedAgreement'
  | 'agreementSource'
  | 'team'
  | 'keyslot'

/** AES-256-GCM of JSON(data) under the team data key; id, type and layout are associated data. */
export interface SealedBody {
  /** Team key id. */
  k: string
  /** Nonce, base64. */
  n: string
  /** Ciphertext with tag, base64. */
  c: string
}

/** The envelope every replicated document has (exactly one of `data` and `sealed`). */
export interface SyncDoc {
  _id: string
  _rev?: string
  _deleted?: boolean
  _conflicts?: string[]
  type: SyncDocType
  layout: number
  /** CouchDB user name of the member whose app wrote this revision (display only). */
  by: string
  data?: unknown
  sealed?: SealedBody
}

/** One value of a field that two laptops changed differently, with who and when (display only). */
export interface ConflictValue {
  value: unknown
  by: string
  at: string
  rev: string
}

/**
 * A field two laptops changed differently while apart. Kept in the record (so it replicates)
 * until a person chooses; `field` is a flattened path such as `details.note` or
 * `assessments.<preconditionId>.explanation`.
 */
export interface FieldConflict {
  field: string
  values: ConflictValue[]
}

/** What the header shows (docs/sync-design.md §10). `off`: no team connected, nothing shown. */
export type SyncState =
  | { kind: 'off' }
  | { kind: 'connecting' }
  /** `history`: the board is complete; the team's history still comes (its own part). */
  | { kind: 'downloading'; done: number; total: number; history?: boolean }
  | { kind: 'syncing' }
  | { kind: 'idle'; at: string }
  | { kind: 'offline'; waiting: number }
  | { kind: 'error'; reason: SyncErrorReason; detail?: string; waiting: number }
  | { kind: 'waiting'; reason: SyncWaitReason; waiting: number }

/**
 * Why the bridge waits for a key, not an error (docs/sync-design.md §7): `unlock` this browser
 * encrypts and is locked; `migrating` its records are being sealed or opened right now;
 * `team-key` the team encrypts and this browser has not opened the team key yet (Teamsleutel
 * openen); `encrypted-here` this browser encrypts and the team does not (its records would
 * leave readable until team encryption is turned on).
 */
export type SyncWaitReason = 'unlock' | 'migrating' | 'team-key' | 'encrypted-here'

/**
 * Why sync stopped: `login` wrong password or session expired (ask again), `forbidden` no rights
 * to this team, `unreachable` server not reachable while the network is up, `refused` the
 * server refused records (kept locally, listed), `newer-layout` records of a newer app version
 * (werk de app bij), `disk-full` the browser's storage is full, `encrypted-here` (connecting) this
 * browser encrypts and the team has plain data: nothing may leave in plain, `locked-here`
 * (connecting) this browser encrypts and is locked, `sealed` a sealed document that does not
 * open (changed or moved on the way; detail: its id), kept out and listed like a refused one.
 */
export type SyncErrorReason =
  | 'login'
  | 'forbidden'
  | 'unreachable'
  | 'refused'
  | 'newer-layout'
  | 'disk-full'
  | 'encrypted-here'
  | 'locked-here'
  | 'sealed'

/** The connection this browser keeps (settings key `sync`, local only; never the password). */
export interface SyncConnection {
  team: string
  username: string
  connectedAt: string
}

/** First connection of a browser with data to a team with data (issue 19 item 2). */
export interface FirstConnectionChoice {
  localYouths: number
  teamYouths: number
  /** Cliëntnummers present on both sides. */
  onBoth: string[]
}

/** The result of Verbinden. */
export type ConnectOutcome =
  | { kind: 'connected' }
  | { kind: 'choose'; choice: FirstConnectionChoice }
  | { kind: 'error'; reason: SyncErrorReason; detail?: string }

/**
 * What the screens may ask of the sync chunk (src/sync/index.ts exports `createSyncApi()`
 * returning this; screens load it with `import()`, so nothing of PouchDB loads without a team).
 */
export interface SyncApi {
  /** Log in (CouchDB session cookie) and connect; asks for the first-connection choice if needed. */
  connect(input: { team: string; username: string; password: string }): Promise<ConnectOutcome>
  /** After `choose`: merge local data into the team's, or replace local data with the team's. */
  chooseFirstConnection(choice: 'merge' | 'replace'): Promise<ConnectOutcome>
  /** Log in again after the session expired (state error/login); the board keeps working. */
  login(password: string): Promise<ConnectOutcome>
  /** Start replication for a stored connection (at app start); no-op without one. */
  resume(): Promise<void>
  /** Stop replicating and forget the connection; local data stays. */
  disconnect(): Promise<void>
}
