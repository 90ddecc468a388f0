/**
 * `npm run sync:setup` against a real pouchdb-server (CouchDB's HTTP API), started on
 * 127.0.0.1 by this file: who gets in, which records the server refuses, and that a second run
 * changes nothing. Node code only (fetch, a child process); no database of the app.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../scripts/sync/sync-setup.mjs'
import { setupTeam } from '../../scripts/sync/setup.mjs'
import { basicAuth, freePort, startSyncServer, type SyncServer } from '../support/sync-server.mjs'
import { auditDoc, keyslotDoc, snapshotDoc, youthDoc } from '../support/sync-docs'

let server: SyncServer
const anna = { name: 'anna', password: 'anna-wachtwoord' }
const bram = { name: 'bram', password: 'bram-wachtwoord' }
const outsider = { name: 'olaf', password: 'olaf-wachtwoord' }

type Who = { name: string; password: string } | null

async function request(method: string, path: string, who: Who, body?: unknown) {
  const response = await fetch(server.url + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(who ? { Authorization: basicAuth(who.name, who.password) } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function setUp(team: string, members = [anna, bram]) {
  return setupTeam({ url: server.url, team, admin: server.admin, members })
}

beforeAll(async () => {
  server = await startSyncServer()
  const admin = server.admin
  // A user of the same server who is not in the team.
  const path = `/_users/${encodeURIComponent('org.couchdb.user:olaf')}`
  await request('PUT', path, admin, { ...outsider, roles: [], type: 'user' })
  await setUp('team-noord')
}, 30_000)

afterAll(async () => {
  await server?.stop()
})

describe('who gets in', () => {
  it('refuses anonymous reads and writes with 401 and stores nothing', async () => {
    expect((await request('GET', '/team-noord/_all_docs', null)).status).toBe(401)
    expect((await request('PUT', '/team-noord/youth:a1', null, youthDoc('a1'))).status).toBe(401)
    expect((await request('GET', '/team-noord/youth:a1', server.admin)).status).toBe(404)
  })

  it('refuses a user of the server who is not a member', async () => {
    // pouchdb-server answers 401 here, CouchDB 3 answers 403: refused either way.
    const write = await request('PUT', '/team-noord/youth:o1', outsider, youthDoc('o1'))
    expect([401, 403]).toContain(write.status)
    expect([401, 403]).toContain((await request('GET', '/team-noord/_all_docs', outsider)).status)
    expect((await request('GET', '/team-noord/youth:o1', server.admin)).status).toBe(404)
  })

  it('lets a member write a valid record that another member then reads', async () => {
    const write = await request('PUT', '/team-noord/youth:m1', anna, youthDoc('m1'))
    expect(write.status).toBe(201)
    const read = await request('GET', '/team-noord/youth:m1', bram)
    expect(read.status).toBe(200)
    expect(read.body.data).toMatchObject({ id: 'm1', clientRef: 'C-m1' })
  })

  it('accepts the parts of a snapshot under their own ids', async () => {
    for (const part of [1, 2]) {
      const doc = snapshotDoc(`rv1:${part}`, part)
      expect((await request('PUT', `/team-noord/${doc._id}`, anna, doc)).status).toBe(201)
    }
  })

  it('accepts a sealed record, of which the server sees no content', async () => {
    const sealed = { _id: 'youth:s1', type: 'youth', layout: 1, by: 'anna' }
    const doc = { ...sealed, sealed: { k: 'team-key-1', n: 'bm9uY2U', c: 'Y2lwaGVy' } }
    expect((await request('PUT', '/team-noord/youth:s1', anna, doc)).status).toBe(201)
  })
})

describe('the rules protect themselves', () => {
  it('refuses a member who replaces the rules or the security object', async () => {
    const path = '/team-noord/_design/doorstroombord'
    const design = await request('GET', path, anna)
    const loose = { ...design.body, validate_doc_update: 'function () {}' }
    // pouchdb-server answers 401, CouchDB 3 403: only an admin changes either.
    expect([401, 403]).toContain((await request('PUT', path, anna, loose)).status)
    const open = { members: { names: [], roles: [] } }
    expect([401, 403]).toContain((await request('PUT', '/team-noord/_security', anna, open)).status)
    const after = await request('GET', path, server.admin)
    expect(after.body._rev).toBe(design.body._rev)
    expect((await request('GET', '/team-noord/_all_docs', null)).status).toBe(401)
  })
})

describe('malformed records', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['no cliëntnummer', { ...youthDoc('x1'), data: { id: 'x1' } }, /data\.clientRef/],
    ['data.id not the id', { ...youthDoc('x2'), data: { id: 'other', clientRef: 'C' } }, /id/],
    ['unknown type', { ...youthDoc('x3'), _id: 'pupil:x3', type: 'pupil' }, /onbekend soort/],
    ['type not the prefix', { ...youthDoc('x4'), type: 'review' }, /type moet "youth"/],
    ['no layout', { ...youthDoc('x5'), layout: undefined }, /layout/],
    ['no author', { ...youthDoc('x6'), by: '' }, /by/],
    ['data and sealed', { ...youthDoc('x7'), sealed: { k: 'a', n: 'b', c: 'c' } }, /sealed/],
    ['audit without lines', { ...auditDoc, _id: 'audit:r:9', data: { lines: [] } }, /lines/],
    ["another laptop's audit line", { ...auditDoc, _id: 'audit:r:8' }, /hoort niet bij r /],
    ['a snapshot part not in the id', snapshotDoc('rv1:3', 2), /de id past niet/],
    ['a sealed key slot', { ...keyslotDoc, sealed: { k: 'a', n: 'b', c: 'c' } }, /versleuteld/],
  ]
  it.each(cases)('refuses a record with %s: 403 with the reason', async (_, doc, reason) => {
    const id = String(doc._id)
    const write = await request('PUT', `/team-noord/${id}`, anna, doc)
    expect(write.status).toBe(403)
    expect(write.body.reason).toMatch(reason)
    expect((await request('GET', `/team-noord/${id}`, server.admin)).status).toBe(404)
  })
})

describe('bulk writes, as the replicator makes them', () => {
  async function bulk(who: Who, docs: unknown[], newEdits = true) {
    const response = await fetch(`${server.url}/team-noord/_bulk_docs`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(who ? { Authorization: basicAuth(who.name, who.password) } : {}),
      },
      body: JSON.stringify({ docs, new_edits: newEdits }),
    })
    return { status: response.status, body: (await response.json()) as unknown }
  }

  it("stores a member's valid records and refuses the malformed one among them", async () => {
    const bad = { ...youthDoc('b3'), data: { id: 'b3' } }
    const result = await bulk(anna, [youthDoc('b1'), bad, youthDoc('b2')])
    expect(result.status).toBe(201)
    expect(result.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'youth:b3', error: 'forbidden' }),
        expect.objectContaining({ id: 'youth:b1', ok: true }),
        expect.objectContaining({ id: 'youth:b2', ok: true }),
      ]),
    )
    expect((await request('GET', '/team-noord/youth:b2', bram)).status).toBe(200)
    expect((await request('GET', '/team-noord/youth:b3', bram)).status).toBe(404)
  })

  it('refuses a replicated rewrite of an audit record (new_edits: false)', async () => {
    const lines = auditDoc.data.lines.map((line) => ({ ...line, uid: `replica-b.${line.uid}` }))
    const doc = { ...auditDoc, _id: 'audit:replica-b:1', data: { lines } }
    const created = await request('PUT', '/team-noord/audit:replica-b:1', anna, doc)
    const rev = String(created.body.rev)
    const forged = { ...doc, _rev: `2-${'f'.repeat(32)}`, data: { lines: doc.data.lines.slice(1) } }
    const history = { _revisions: { start: 2, ids: ['f'.repeat(32), rev.slice(2)] } }
    const result = await bulk(bram, [{ ...forged, ...history }], false)
    expect(result.body).toEqual([expect.objectContaining({ error: 'forbidden' })])
    const kept = await request('GET', '/team-noord/audit:replica-b:1', anna)
    expect(kept.body._rev).toBe(rev)
  })

  it('refuses anonymous bulk writes', async () => {
    // CouchDB answers 401. pouchdb-server 4.2 lets the request through its security check
    // and the rules refuse each record: stored is nothing either way.
    const result = await bulk(null, [youthDoc('b9')])
    if (result.status !== 401) {
      expect(result.body).toEqual([
        expect.objectContaining({ id: 'youth:b9', error: 'unauthorized' }),
      ])
    }
    expect((await request('GET', '/team-noord/youth:b9', server.admin)).status).toBe(404)
  })
})

describe('audit lines are append-only', () => {
  it('refuses changing or deleting an audit record, also for an admin', async () => {
    const created = await request('PUT', '/team-noord/audit:replica-a:1', anna, auditDoc)
    expect(created.status).toBe(201)
    const rev = String(created.body.rev)
    const rewritten = { ...auditDoc, _rev: rev, data: { lines: auditDoc.data.lines.slice(1) } }
    for (const who of [anna, server.admin]) {
      const change = await request('PUT', '/team-noord/audit:replica-a:1', who, rewritten)
      expect(change.status).toBe(403)
      expect(change.body.reason).toMatch(/^audit-append-only/)
      const remove = await request('DELETE', `/team-noord/audit:replica-a:1?rev=${rev}`, who)
      expect(remove.status).toBe(403)
    }
    const kept = await request('GET', '/team-noord/audit:replica-a:1', bram)
    expect(kept.body._rev).toBe(rev)
    expect(kept.body.data).toEqual(auditDoc.data)
  })

  it('still lets a member change and delete other records', async () => {
    const first = await request('PUT', '/team-noord/youth:e1', anna, youthDoc('e1'))
    const rev = String(first.body.rev)
    const edit = { ...youthDoc('e1', { displayName: 'Nieuw' }), _rev: rev }
    const second = await request('PUT', '/team-noord/youth:e1', bram, edit)
    expect(second.status).toBe(201)
    const removed = await request(
      'DELETE',
      `/team-noord/youth:e1?rev=${String(second.body.rev)}`,
      bram,
    )
    expect(removed.status).toBe(200)
  })
})

describe('running setup again', () => {
  it('changes nothing: same rules, same access, data and passwords kept', async () => {
    await setUp('team-zuid')
    const doc = await request('PUT', '/team-zuid/youth:k1', anna, youthDoc('k1'))
    expect(doc.status).toBe(201)
    const design = await request('GET', '/team-zuid/_design/doorstroombord', server.admin)
    const security = await request('GET', '/team-zuid/_security', server.admin)

    const report = await setupTeam({
      url: server.url,
      team: 'team-zuid',
      admin: server.admin,
      members: [{ name: 'anna', password: 'een ander wachtwoord' }, bram],
    })
    expect(report).toContain('Teamdatabase team-zuid bestond al: niets gewist.')
    expect(report).toContain('Gebruiker anna bestond al: wachtwoord niet gewijzigd.')
    expect(report).toContain('Toegang was al goed ingesteld: ongewijzigd.')
    expect(report).toContain('Serverregels waren al actueel: ongewijzigd.')

    const designAfter = await request('GET', '/team-zuid/_design/doorstroombord', server.admin)
    expect(designAfter.body._rev).toBe(design.body._rev)
    expect((await request('GET', '/team-zuid/_security', server.admin)).body).toEqual(security.body)
    const kept = await request('GET', '/team-zuid/youth:k1', anna)
    expect(kept.status).toBe(200)
  })

  it('adds a new member beside the existing ones and restores changed rules', async () => {
    await setUp('team-west', [anna])
    const path = '/team-west/_design/doorstroombord'
    const design = await request('GET', path, server.admin)
    const loose = { ...design.body, validate_doc_update: 'function () {}' }
    expect((await request('PUT', path, server.admin, loose)).status).toBe(201)

    const report = await setUp('team-west', [bram])
    expect(report).toContain('Serverregels (validate_doc_update) geplaatst.')
    const security = await request('GET', '/team-west/_security', server.admin)
    expect(security.body.members).toMatchObject({ names: ['anna', 'bram'] })
    const bad = await request('PUT', '/team-west/youth:z1', bram, { ...youthDoc('z1'), layout: 0 })
    expect(bad.status).toBe(403)
  })
})

describe('the command line', () => {
  function capture() {
    const lines: string[] = []
    const keep = (...args: unknown[]) => void lines.push(args.join(' '))
    vi.spyOn(console, 'log').mockImplementation(keep)
    vi.spyOn(console, 'error').mockImplementation(keep)
    return lines
  }

  it('says in Dutch what it did, and in English with --lang en', async () => {
    const lines = capture()
    const admin = `${server.admin.name}:${server.admin.password}`
    expect(await main(['--url', server.url, '--team', 'team-cli', '--admin', admin])).toBe(0)
    expect(lines).toContain('Teamdatabase team-cli aangemaakt.')
    expect(lines).toContain('Klaar: team team-cli is ingericht.')
    lines.length = 0
    const english = ['--url', server.url, '--team', 'team-cli', '--admin', admin, '--lang', 'en']
    expect(await main(english)).toBe(0)
    expect(lines).toContain('Team database team-cli already existed: nothing deleted.')
  })

  it('names a wrong admin password, an unreachable server and a bad team name', async () => {
    const lines = capture()
    const wrong = `${server.admin.name}:fout`
    expect(await main(['--url', server.url, '--team', 'team-x', '--admin', wrong])).toBe(1)
    expect(lines.join('\n')).toMatch(/beheerder is geen beheerder van deze server/)
    const admin = `${server.admin.name}:${server.admin.password}`
    const nobody = `http://127.0.0.1:${await freePort()}`
    expect(await main(['--url', nobody, '--team', 'team-x', '--admin', admin])).toBe(1)
    expect(lines.join('\n')).toContain(`Server ${nobody} is niet bereikbaar (ECONNREFUSED).`)
    expect(await main(['--url', server.url, '--team', 'Team X', '--admin', admin])).toBe(1)
    expect(lines.join('\n')).toMatch(/Teamnaam "Team X" kan niet/)
    expect((await request('GET', '/team-x', server.admin)).status).toBe(404)
  })

  it('shows how to use it when the server or team is missing', async () => {
    const lines = capture()
    expect(await main(['--team', 'team-x'])).toBe(2)
    expect(lines.join('\n')).toMatch(/^Gebruik: npm run sync:setup -- --url <server> --team <naam>/)
  })
})
