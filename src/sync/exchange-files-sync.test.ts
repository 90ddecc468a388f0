import { describe, expect, it } from 'vitest'
import { makeExchangeYouth } from '../../test/factories/exchange'
import { makeStoredFileV2 } from '../../test/factories/exchange-v2'
import { basicAuth } from '../../test/support/sync-server.mjs'
import {
  idle,
  makeLaptop,
  newTeam,
  syncServerPerFile,
  until as untilWithin,
  youth,
  type TestLaptop,
} from '../../test/support/sync-laptops'
import { REFUSED_PREFIX, listProblems } from '../db/sync/bridge-repo'
import { removeExchangeFile, storeExchangeFiles } from '../db/municipal-repo'
import type { StoredExchangeFile } from '../domain/municipal/types'

const shared = syncServerPerFile()
/** The machine running the tests may be busy: replication gets 30 s where it takes ~1 s. */
const SLOW = 30_000
const until = <T>(what: string, read: () => Promise<T> | T, check: (value: T) => boolean) =>
  untilWithin(what, read, check, SLOW)
const laptops = shared.laptops

/** A loaded file of `rows` youth rows (6,000 rows travel as three parts of 2,500). */
function loadedFile(rows: number, createdAt: string): StoredExchangeFile {
  const youths = Array.from({ length: rows }, (_, i) =>
    makeExchangeYouth({ clientRef: `C-${String(i + 1).padStart(5, '0')}` }),
  )
  const stored = makeStoredFileV2({ youths })
  return { ...stored, file: { ...stored.file, createdAt } }
}

async function twoLaptops() {
  const { team, connect } = await newTeam(shared.server)
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const b = makeLaptop(shared.server.url, 'bo')
  laptops.push(a, b)
  await connect(a)
  await connect(b)
  return { team, a, b }
}

const fileOn = (laptop: TestLaptop, key: string) => () => laptop.database.exchangeFiles.get(key)

/** The ids of the team's live documents on the server that start with `prefix`. */
async function serverIds(team: string, prefix: string): Promise<string[]> {
  const query = `startkey=${JSON.stringify(prefix)}&endkey=${JSON.stringify(`${prefix}\ufff0`)}`
  const response = await fetch(`${shared.server.url}/${team}/_all_docs?${encodeURI(query)}`, {
    headers: { Authorization: basicAuth(shared.server.admin.name, shared.server.admin.password) },
  })
  const body = (await response.json()) as { rows: { id: string }[] }
  return body.rows.map((r) => r.id)
}

describe('the Gemeente-overzicht’s loaded files in team sync (real pouchdb-server)', () => {
  it('brings a file of 6,000 rows to the other laptop whole, then its replacement, then its removal', async () => {
    const { team, b } = await twoLaptops()
    const first = loadedFile(6_000, '2026-03-30T09:00:00.000Z')
    await storeExchangeFiles([first], 'Anna')
    const arrived = await until('file on B', fileOn(b, first.key), Boolean)
    expect(arrived).toEqual(first)
    expect(await serverIds(team, `exchangeFile:${first.key}:`)).toHaveLength(3)

    // A corrected file for the same provider, gemeente and peildatum replaces it everywhere.
    const newer = loadedFile(40, '2026-03-31T08:00:00.000Z')
    expect(newer.key).toBe(first.key)
    await storeExchangeFiles([newer], 'Anna')
    const replaced = await until(
      'replacement on B',
      fileOn(b, first.key),
      (f) => f?.file.createdAt === newer.file.createdAt,
    )
    expect(replaced?.file.youths).toHaveLength(40)
    // The older file's other parts are gone from the server: no laptop can join them again.
    const left = await until(
      'older parts deleted',
      () => serverIds(team, `exchangeFile:${first.key}:`),
      (ids) => ids.length === 1,
    )
    expect(left).toEqual([`exchangeFile:${first.key}:0`])

    await removeExchangeFile(first.key, 'Anna')
    await until('removal on B', fileOn(b, first.key), (f) => f === undefined)
  }, 120_000)

  it('keeps a file whose part the server refuses on its laptop, listed, and never half on the other', async () => {
    const { team, a, b } = await twoLaptops()
    // A server that refuses the second part (as CouchDB refuses a document over its size limit).
    const rule = `function (doc) { if (/^exchangeFile:.*:1$/.test(doc._id)) throw { forbidden: 'te groot' } }`
    const put = await fetch(`${shared.server.url}/${team}/_design/te-groot`, {
      method: 'PUT',
      headers: {
        Authorization: basicAuth(shared.server.admin.name, shared.server.admin.password),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ validate_doc_update: rule }),
    })
    expect(put.status).toBe(201)
    const file = loadedFile(6_000, '2026-03-30T09:00:00.000Z')
    await storeExchangeFiles([file], 'Anna')
    const state = await until('refusal on A', a.last, (s) => s?.kind === 'error')
    expect(state).toMatchObject({ kind: 'error', reason: 'refused' })
    const refused = await listProblems(a.database, REFUSED_PREFIX)
    expect(refused.map((p) => p.id)).toEqual([`${REFUSED_PREFIX}exchangeFile:${file.key}:1`])
    expect(await a.database.exchangeFiles.get(file.key)).toEqual(file)

    // Something A wrote after the file reaches B: the file's other parts did too, but no half file.
    await a.database.youths.put(youth(1))
    await until('youth on B', () => b.database.youths.get('y1'), Boolean)
    await idle(b)
    const part = (n: number) => `exchangeFile:${file.key}:${String(n)}`
    expect(await serverIds(team, `exchangeFile:${file.key}:`)).toEqual([part(0), part(2)])
    expect(await b.database.syncMeta.get(part(2))).toHaveProperty('rev')
    expect(await b.database.exchangeFiles.count()).toBe(0)
  }, 120_000)
})
