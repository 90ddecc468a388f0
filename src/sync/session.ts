import type { Fetch } from 'pouchdb-browser'
import type { SyncErrorReason } from '../domain/sync/types'

/**
 * Talking to the team's server before replication starts (docs/sync-design.md §10): a CouchDB
 * cookie session (`POST /_session`; the password is sent once and never stored) and the team
 * database's info. `base` is the server under the app's own origin, `<origin>/db`.
 */
export interface Transport {
  base: string
  fetch: Fetch
}

export type Checked<T> =
  ({ ok: true } & T) | { ok: false; reason: SyncErrorReason; detail?: string }

async function call(transport: Transport, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('Accept', 'application/json')
  headers.set('Content-Type', 'application/json')
  return transport.fetch(`${transport.base}${path}`, {
    credentials: 'same-origin',
    ...init,
    headers,
  })
}

function networkFailure(error: unknown): { ok: false; reason: SyncErrorReason; detail: string } {
  return {
    ok: false,
    reason: 'unreachable',
    detail: error instanceof Error ? error.message : JSON.stringify(error),
  }
}

/** Logs in: the server answers with an HttpOnly session cookie the browser keeps. */
export async function login(
  transport: Transport,
  username: string,
  password: string,
): Promise<Checked<object>> {
  try {
    const response = await call(transport, '/_session', {
      method: 'POST',
      body: JSON.stringify({ name: username, password }),
    })
    if (response.ok) return { ok: true }
    if (response.status === 401) return { ok: false, reason: 'login' }
    return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` }
  } catch (error) {
    return networkFailure(error)
  }
}

/**
 * The team database as this member sees it. After a successful login a 401 or 403 means "not a
 * member" (pouchdb-server answers 401 where CouchDB 3 answers 403), a 404 a team that does
 * not exist.
 */
export async function teamInfo(
  transport: Transport,
  team: string,
): Promise<Checked<{ docCount: number }>> {
  try {
    const response = await call(transport, `/${encodeURIComponent(team)}`)
    if (response.ok) {
      const info = (await response.json()) as { doc_count?: number }
      return { ok: true, docCount: info.doc_count ?? 0 }
    }
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      return { ok: false, reason: 'forbidden', detail: `HTTP ${response.status}` }
    }
    return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` }
  } catch (error) {
    return networkFailure(error)
  }
}

/** The team's youth documents (for the first-connection choice: how many, which cliëntnummers). */
export async function teamYouthDocs(transport: Transport, team: string): Promise<unknown[]> {
  const range = `startkey=${encodeURIComponent('"youth:"')}&endkey=${encodeURIComponent('"youth:\ufff0"')}`
  const response = await call(
    transport,
    `/${encodeURIComponent(team)}/_all_docs?${range}&include_docs=true`,
  )
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const body = (await response.json()) as { rows: { doc?: unknown }[] }
  return body.rows.flatMap((row) => (row.doc ? [row.doc] : []))
}

/**
 * The team's encryption documents on the server (`team:config` and every `keyslot:`, never
 * sealed), read before connecting: whether the team encrypts decides what may be sent at all.
 * Whether the team has any document besides them and the design document is `hasData`.
 */
export async function teamKeyState(
  transport: Transport,
  team: string,
): Promise<{ docs: unknown[]; hasData: boolean }> {
  const db = `/${encodeURIComponent(team)}`
  const key = (id: string) => encodeURIComponent(JSON.stringify(id))
  const rows = async (path: string) => {
    const response = await call(transport, `${db}/_all_docs?${path}`)
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return ((await response.json()) as { rows: { id?: string; doc?: unknown }[] }).rows
  }
  const [slots, config] = await Promise.all([
    rows(`startkey=${key('keyslot:')}&endkey=${key('keyslot:\ufff0')}&include_docs=true`),
    rows(`startkey=${key('team:config')}&endkey=${key('team:config')}&include_docs=true`),
  ])
  const docs = [...config, ...slots].flatMap((row) => (row.doc ? [row.doc] : []))
  // Document ids start with their lowercase type; design documents start with "_".
  const first = await rows(`startkey=${key('a')}&limit=${docs.length + 1}`)
  const hasData = first.some((row) => row.id !== 'team:config' && !row.id?.startsWith('keyslot:'))
  return { docs, hasData }
}

/**
 * Why replication stopped, from PouchDB's error: a 401 is an expired session (log in again), a
 * 403 no rights, anything without an HTTP status the network or a server that is down (offline:
 * normal, not an error).
 */
export function classifyReplicationError(error: unknown): SyncErrorReason | 'offline' {
  const status = (error as { status?: unknown } | null)?.status
  if (status === 401) return 'login'
  if (status === 403) return 'forbidden'
  return 'offline'
}
