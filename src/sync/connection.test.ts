import {
  syncServerPerFile,
  edit,
  idle,
  makeLaptop,
  newTeam,
  PASSWORDS,
  until,
  youth,
  type TestLaptop,
} from '../../test/support/sync-laptops'
import { describe, expect, it } from 'vitest'
import { basicAuth } from '../../test/support/sync-server.mjs'
import type { AuditEntry } from '../domain/types'
import { auditBatches, expandAudit } from '../db/audit-repo'
import { DUPLICATE_PREFIX, listProblems, readConnection } from '../db/sync/bridge-repo'

const shared = syncServerPerFile()

/** The administrator sets a member's password in CouchDB's _users. */
async function setPassword(name: string, password: string) {
  const { url, admin } = shared.server
  const userUrl = `${url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`
  const headers = { Authorization: basicAuth(admin.name, admin.password) }
  const user = (await (await fetch(userUrl, { headers })).json()) as object
  const response = await fetch(userUrl, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...user, password }),
  })
  if (!response.ok) throw new Error(`password: HTTP ${response.status}`)
}
const laptops = shared.laptops

function laptop(member: 'anna' | 'bo', own = false, url = shared.server.url) {
  const made = makeLaptop(url, member, { own })
  laptops.push(made)
  return made
}

const line = (actor: string, youthId: string, after: string, at: string): AuditEntry => ({
  at,
  actor,
  kind: 'assessment',
  youthId,
  preconditionId: 'wonen',
  before: 'oranje',
  after,
})

/** What a person reads of an audit line, without this browser's local number. */
const readable = (entries: AuditEntry[]) =>
  entries
    .map(({ at, actor, kind, youthId, preconditionId, before, after }) =>
      JSON.stringify({ at, actor, kind, youthId, preconditionId, before, after }),
    )
    .sort()

describe('connecting to the team', () => {
  it('refuses a wrong password with the login reason and stores no connection', async () => {
    const { connect } = await newTeam(shared.server)
    const a = laptop('anna', true)
    expect(await connect(a, 'niet-het-wachtwoord')).toEqual({ kind: 'error', reason: 'login' })
    expect(await readConnection(a.database)).toBeNull()
  })

  it('keeps asking to log in again after a wrong password, with the connection and what waits', async () => {
    const { connect } = await newTeam(shared.server)
    const a = laptop('anna', true)
    await connect(a)
    await idle(a)
    await a.api.stop()
    // The administrator changes the password: the session ends with it.
    await setPassword('anna', 'een-nieuw-wachtwoord')
    try {
      await edit(a, 'youths', youth(1))
      await a.reload().resume()
      expect(a.last()).toMatchObject({ kind: 'error', reason: 'login' })
      expect(await a.api.login(PASSWORDS.anna ?? '')).toEqual({ kind: 'error', reason: 'login' })
      // Not "not connected": the header and the form still ask, the edit still waits.
      expect(a.last()).toEqual({ kind: 'error', reason: 'login', waiting: 1 })
      expect(await readConnection(a.database)).not.toBeNull()
      expect(await a.api.login('een-nieuw-wachtwoord')).toEqual({ kind: 'connected' })
      await idle(a)
    } finally {
      await setPassword('anna', PASSWORDS.anna ?? '')
    }
  }, 30_000)

  it('asks first when both this browser and the team have youths, naming the shared numbers', async () => {
    const { connect } = await newTeam(shared.server)
    const a = laptop('anna', true)
    const b = laptop('bo')
    await a.database.youths.bulkPut([youth(1), youth(2)])
    await connect(a)
    await idle(a)
    await b.database.youths.bulkPut([youth(9), youth(22, { clientRef: 'K-2' })])
    expect(await connect(b)).toEqual({
      kind: 'choose',
      choice: { localYouths: 2, teamYouths: 2, onBoth: ['K-2'] },
    })
    // Nothing was mixed before the choice.
    expect(await b.database.youths.count()).toBe(2)
    expect(await b.api.chooseFirstConnection('replace')).toEqual({ kind: 'connected' })
    await idle(b)
    const onB = await b.database.youths.orderBy('clientRef').toArray()
    expect(onB.map((y) => [y.id, y.clientRef])).toEqual([
      ['y1', 'K-1'],
      ['y2', 'K-2'],
    ])
  }, 30_000)
})

describe('records that meet on the server', () => {
  it('keeps a youth created with the same cliëntnummer on two laptops as a duplicate on both', async () => {
    const { connect } = await newTeam(shared.server)
    const a = laptop('anna', true)
    const b = laptop('bo')
    await connect(a)
    await connect(b)
    await Promise.all([idle(a), idle(b)])
    await edit(a, 'youths', youth(1, { clientRef: 'K-500', displayName: 'Van Anna' }))
    await edit(b, 'youths', youth(2, { clientRef: 'K-500', displayName: 'Van Bo' }))
    const duplicates = (l: TestLaptop) => () => listProblems(l.database, DUPLICATE_PREFIX)
    const onA = await until('duplicate on A', duplicates(a), (d) => d.length === 1)
    const onB = await until('duplicate on B', duplicates(b), (d) => d.length === 1)
    expect(onA[0]).toMatchObject({
      id: `${DUPLICATE_PREFIX}youth:y2`,
      clientRef: 'K-500',
      localYouthId: 'y1',
    })
    expect(onB[0]).toMatchObject({
      id: `${DUPLICATE_PREFIX}youth:y1`,
      clientRef: 'K-500',
      localYouthId: 'y2',
    })
    expect((onA[0]?.record as { displayName: string }).displayName).toBe('Van Bo')
    // Each laptop still has its own youth; nothing was overwritten.
    expect((await a.database.youths.get('y1'))?.displayName).toBe('Van Anna')
    expect((await b.database.youths.get('y2'))?.displayName).toBe('Van Bo')
  }, 30_000)

  it('gives both laptops the same audit lines, single lines and an import batch alike', async () => {
    const { connect } = await newTeam(shared.server)
    const a = laptop('anna', true)
    const b = laptop('bo')
    await a.database.audit.bulkAdd([
      line('Anna', 'y1', 'rood', '2026-11-02T10:00:00.000Z'),
      line('Anna', 'y1', 'groen', '2026-11-03T10:00:00.000Z'),
      ...auditBatches(
        Array.from({ length: 300 }, (_, i) => ({
          ...line('Anna', `y${i}`, 'groen', ''),
          at: undefined,
        })),
        'Anna',
        '2026-11-04T10:00:00.000Z',
      ),
    ])
    await b.database.audit.add(line('Bo', 'y2', 'rood', '2026-11-05T10:00:00.000Z'))
    await connect(a)
    await idle(a)
    await connect(b)
    await idle(b)
    await edit(a, 'youths', youth(1)) // a later exchange, after B's lines reached the server
    const all = async (l: TestLaptop) => expandAudit(await l.database.audit.toArray())
    await until(
      'every line on A',
      () => all(a),
      (lines) => lines.length === 303,
    )
    await until(
      'every line on B',
      () => all(b),
      (lines) => lines.length === 303,
    )
    expect(readable(await all(a))).toEqual(readable(await all(b)))
    // The server holds packs of at most 250 lines, never rewritten.
    const response = await fetch(
      `${shared.server.url}/${(await readConnection(a.database))?.team}/_all_docs?include_docs=true`,
      {
        headers: {
          Authorization: basicAuth(shared.server.admin.name, shared.server.admin.password),
        },
      },
    )
    const rows = (
      (await response.json()) as { rows: { id: string; doc: { data?: { lines: unknown[] } } }[] }
    ).rows
    const packs = rows.filter((r) => r.id.startsWith('audit:'))
    expect(packs.map((p) => p.doc.data?.lines.length).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([
      1, 52, 250,
    ])
  }, 30_000)
})
