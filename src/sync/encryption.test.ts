import '../../test/support/pouchdb-node'
import PouchDB from 'pouchdb-browser'
import { afterEach, describe, expect, it } from 'vitest'
import {
  edit,
  idle,
  makeLaptop,
  newTeam,
  storedOn,
  syncServerPerFile,
  until,
  youth,
} from '../../test/support/sync-laptops'
import { basicAuth } from '../../test/support/sync-server.mjs'
import { memoryTeamPort } from '../../test/support/team-port-memory'
import { enableEncryption, lock, unlock } from '../db/encryption/encryption-repo'
import { keyring } from '../db/encryption/keyring'
import { addKeySlot, enableTeamEncryption } from '../db/encryption/team-keys'
import { REFUSED_PREFIX, listProblems } from '../db/sync/bridge-repo'
import type { SyncState } from '../domain/sync/types'

/**
 * Team encryption through the bridge (docs/sync-design.md §7) against a real pouchdb-server:
 * what the server holds is read over HTTP as its administrator, as someone running it would.
 */
const shared = syncServerPerFile()
const PASSPHRASE = 'zeven zonnige zeilboten'
const NAME = 'Roosmarijn Veldhuis'
const NOTE = 'Slaapt slecht sinds de verhuizing'
const REPLY = 'Gesprek met de mentor gepland'

afterEach(() => keyring.setOff())

const admin = () => ({
  Authorization: basicAuth(shared.server.admin.name, shared.server.admin.password),
})

interface ServerDoc {
  _id: string
  _rev: string
  data?: unknown
  sealed?: unknown
}

/** Every current document of the team on the server, as its administrator reads them. */
async function serverDocs(team: string): Promise<ServerDoc[]> {
  const response = await fetch(`${shared.server.url}/${team}/_all_docs?include_docs=true`, {
    headers: admin(),
  })
  const body = (await response.json()) as { rows: { doc: ServerDoc }[] }
  return body.rows.map((row) => row.doc)
}

/** How often any of the texts occurs in the server's documents. */
async function occurrences(team: string, texts: string[]): Promise<number> {
  const raw = JSON.stringify(await serverDocs(team))
  return texts.reduce((n, text) => n + raw.split(text).length - 1, 0)
}

const isWaiting = (reason: string) => (s: SyncState | undefined) =>
  s?.kind === 'waiting' && s.reason === reason

function laptops() {
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const port = memoryTeamPort('bo')
  const b = makeLaptop(shared.server.url, 'bo', { team: port })
  shared.laptops.push(a, b)
  return { a, b, port }
}

describe('team encryption through sync', () => {
  it('lets two laptops edit both ways while the server holds none of the typed texts', async () => {
    const { team, connect } = await newTeam(shared.server)
    const { a, b, port } = laptops()
    expect(await connect(a)).toEqual({ kind: 'connected' })
    await idle(a)
    await enableTeamEncryption('anna', PASSPHRASE, 'Anna')
    await edit(a, 'youths', youth(1, { displayName: NAME, note: NOTE }))
    const { passphrase } = await addKeySlot('bo')
    await until(
      'slot on the server',
      () => serverDocs(team),
      (docs) => docs.some((d) => d._id === 'keyslot:bo'),
    )
    await idle(a)

    // Bo's browser connects: it downloads sealed documents and waits for the team key.
    expect(await connect(b)).toEqual({ kind: 'connected' })
    await until('B waits for the team key', b.last, isWaiting('team-key'))
    // The youth is in B's replica, sealed, and not on B's board.
    const replica = new PouchDB(`${b.name}-${team}`, { adapter: 'memory' })
    const sealed = await until(
      'youth in B’s replica',
      () => replica.get('youth:y1').catch(() => null),
      Boolean,
    )
    expect([sealed?.data, typeof sealed?.sealed]).toEqual([undefined, 'object'])
    expect(await b.database.youths.count()).toBe(0)
    await port.join(passphrase, 'eigen wachtwoordzin van bo')
    const onB = await until('youth on B', () => b.database.youths.get('y1'), Boolean)
    expect([onB?.displayName, onB?.note]).toEqual([NAME, NOTE])

    // And back: Bo's edit reaches Anna's board.
    await edit(b, 'youths', { ...(await storedOn(b, 'y1')), note: REPLY })
    await until(
      'reply on A',
      () => a.database.youths.get('y1'),
      (y) => y?.note === REPLY,
    )
    await Promise.all([idle(a), idle(b)])

    const docs = await serverDocs(team)
    expect(await occurrences(team, [NAME, NOTE, REPLY, 'K-1', 'Anna', 'Bakker', 'De Linde'])).toBe(
      0,
    )
    // Every record is sealed; only the team's key documents are plain.
    const plain = docs.filter((d) => d.data !== undefined).map((d) => d._id)
    expect(plain.sort()).toEqual(['keyslot:anna', 'keyslot:bo', 'team:config'])
    // Bo's slot was re-wrapped under Bo's own passphrase: the one-time one no longer opens it.
    const slot = docs.find((d) => d._id === 'keyslot:bo')?.data as { oneTime: boolean }
    expect(slot.oneTime).toBe(false)
  }, 60_000)

  it('seals the documents already on the server when encryption is turned on while connected', async () => {
    const { team, connect } = await newTeam(shared.server)
    const { a } = laptops()
    await a.database.youths.bulkPut([youth(1, { displayName: NAME }), youth(2, { note: NOTE })])
    await connect(a)
    await idle(a)
    expect(await occurrences(team, [NAME, NOTE])).toBe(2)
    await enableTeamEncryption('anna', PASSPHRASE, 'Anna')
    await until(
      'sealed on the server',
      () => occurrences(team, [NAME, NOTE]),
      (n) => n === 0,
    )
    const youths = (await serverDocs(team)).filter((d) => d._id.startsWith('youth:'))
    expect(youths.map((d) => [d._id, d.data, typeof d.sealed])).toEqual([
      ['youth:y1', undefined, 'object'],
      ['youth:y2', undefined, 'object'],
    ])
    // The board here is unchanged.
    expect((await storedOn(a, 'y1')).displayName).toBe(NAME)
  }, 60_000)

  it('refuses a sealed body moved to another record, names it, and keeps the rest going', async () => {
    const { team, connect } = await newTeam(shared.server)
    const { a, b, port } = laptops()
    await connect(a)
    await idle(a)
    await enableTeamEncryption('anna', PASSPHRASE, 'Anna')
    await edit(a, 'youths', youth(1, { displayName: NAME }))
    await edit(a, 'youths', youth(2, { displayName: 'Tweede jongere' }))
    const { passphrase } = await addKeySlot('bo')
    await idle(a)
    // Bo's key slot is there too before Bo connects (it went up in its own round).
    await until(
      'both sealed, and the slot',
      () => serverDocs(team),
      (docs) =>
        docs.some((d) => d._id === 'keyslot:bo') &&
        ['youth:y1', 'youth:y2'].every((id) => docs.some((d) => d._id === id && d.sealed)),
    )
    // Someone with access to the server puts y1's sealed body on y2.
    const docs = await serverDocs(team)
    const [y1, y2] = ['youth:y1', 'youth:y2'].map((id) => docs.find((d) => d._id === id))
    const moved = await fetch(`${shared.server.url}/${team}/youth:y2`, {
      method: 'PUT',
      headers: { ...admin(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...y1, _id: 'youth:y2', _rev: y2?._rev }),
    })
    expect(moved.status).toBe(201)

    await connect(b)
    await until('B waits for the team key', b.last, isWaiting('team-key'))
    await port.join(passphrase, 'eigen wachtwoordzin van bo')
    await until('y1 on B', () => b.database.youths.get('y1'), Boolean)
    const state = await until('sealed error on B', b.last, (s) => s?.kind === 'error')
    expect(state).toMatchObject({ kind: 'error', reason: 'sealed', detail: 'youth:y2' })
    expect(await listProblems(b.database, REFUSED_PREFIX)).toEqual([
      { id: `${REFUSED_PREFIX}youth:y2`, reason: 'sealed-body' },
    ])
    // The moved body never became a second copy of y1's youth.
    expect(await b.database.youths.get('y2')).toBeUndefined()
  }, 60_000)
})

describe('connecting a browser that encrypts at rest', () => {
  it('refuses while locked, refuses a team with plain data, and makes an empty team encrypt', async () => {
    const plainTeam = await newTeam(shared.server)
    const other = makeLaptop(shared.server.url, 'bo')
    shared.laptops.push(other)
    await other.database.youths.put(youth(5))
    await plainTeam.connect(other)
    await idle(other)

    const a = makeLaptop(shared.server.url, 'anna', { own: true })
    shared.laptops.push(a)
    await enableEncryption(PASSPHRASE, 'Anna')
    await a.database.youths.put(youth(1, { displayName: NAME }))
    lock()
    expect(await plainTeam.connect(a)).toEqual({ kind: 'error', reason: 'locked-here' })
    await unlock(PASSPHRASE)
    expect(await plainTeam.connect(a)).toEqual({ kind: 'error', reason: 'encrypted-here' })
    expect(await occurrences(plainTeam.team, [NAME])).toBe(0)

    const empty = await newTeam(shared.server)
    expect(await empty.connect(a)).toEqual({ kind: 'connected' })
    await idle(a)
    const docs = await serverDocs(empty.team)
    expect(docs.find((d) => d._id === 'team:config')?.data).toMatchObject({
      encrypted: true,
      keyId: keyring.getSnapshot().keyId,
    })
    expect(docs.find((d) => d._id === 'youth:y1')?.sealed).toBeDefined()
    expect(await occurrences(empty.team, [NAME, 'K-1'])).toBe(0)
  }, 60_000)

  it('waits while the app is locked and says why, then goes on after unlocking', async () => {
    const { team, connect } = await newTeam(shared.server)
    const a = makeLaptop(shared.server.url, 'anna', { own: true })
    shared.laptops.push(a)
    await enableEncryption(PASSPHRASE, 'Anna')
    await connect(a)
    await idle(a)
    lock()
    await until('A waits for the unlock', a.last, isWaiting('unlock'))
    await unlock(PASSPHRASE)
    await edit(a, 'youths', youth(3, { displayName: NAME }))
    await until(
      'y3 sealed on the server',
      () => serverDocs(team),
      (docs) => docs.some((d) => d._id === 'youth:y3' && d.sealed),
    )
    expect(await occurrences(team, [NAME])).toBe(0)
  }, 60_000)
})
