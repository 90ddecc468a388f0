import { expect, it } from 'vitest'
import { makeExchangeYouth } from '../factories/exchange'
import { makeStoredFileV2 } from '../factories/exchange-v2'
import { idle, makeLaptop, newTeam, syncServerPerFile, until } from '../support/sync-laptops'
import { storeExchangeFiles } from '../../src/db/municipal-repo'
import { joinExchangeFile, splitExchangeFile } from '../../src/domain/sync/parts'

/**
 * Size and time of one loaded uitwisselbestand of `ROWS` rows in team sync: its JSON, its parts,
 * splitting and joining them, and the time from storing it on laptop A until laptop B has it
 * whole in Dexie (outbox → A's PouchDB → pouchdb-server in memory → B's PouchDB → join → Dexie).
 * The laptops' PouchDB is the memory adapter in Node, so the browser's IndexedDB is not in it.
 */
const ROWS = Number(process.env.SYNC_FILE_ROWS ?? 50_000)
const shared = syncServerPerFile()

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`

it(`moves a file of ${ROWS} rows from one laptop to another`, async () => {
  // Connected first: building the file keeps Node busy long enough for idle sockets to close.
  const { connect } = await newTeam(shared.server)
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const b = makeLaptop(shared.server.url, 'bo')
  shared.laptops.push(a, b)
  await connect(a)
  await connect(b)
  await Promise.all([idle(a), idle(b)])
  const youths = Array.from({ length: ROWS }, (_, i) =>
    makeExchangeYouth({
      clientRef: `C-${String(i + 1).padStart(6, '0')}`,
      statuses: { wonen: 'rood', school: 'oranje', toekomstplan: 'groen' },
      reasonCodes: ['WON-1', 'SCH-2'],
      actions: [
        {
          preconditionId: 'wonen',
          status: 'rood',
          action: 'Aanmelding kamertraining en gesprek met de woningcorporatie',
          owner: 'gemeente',
          dueDate: '2026-05-01',
        },
      ],
    }),
  )
  const file = makeStoredFileV2({ youths })
  const json = JSON.stringify(file).length
  let started = performance.now()
  const parts = splitExchangeFile(file)
  const split = performance.now() - started
  started = performance.now()
  const last = parts.at(-1)
  if (!last || !joinExchangeFile(last, parts)) throw new Error('the parts do not join')
  const join = performance.now() - started
  const biggest = Math.max(...parts.map((p) => JSON.stringify(p).length))

  started = performance.now()
  await storeExchangeFiles([file], 'Anna')
  const stored = performance.now() - started
  const arrived = await until(
    'file on B',
    () => b.database.exchangeFiles.get(file.key),
    Boolean,
    540_000,
  )
  const total = performance.now() - started
  expect(arrived?.file.youths).toHaveLength(ROWS)
  console.log(
    [
      `rows ${ROWS}: JSON ${mb(json)}, ${parts.length} parts of ≤ ${mb(biggest)}`,
      `split ${split.toFixed(0)} ms, join ${join.toFixed(0)} ms`,
      `stored on A ${stored.toFixed(0)} ms; A → B whole in Dexie ${(total / 1000).toFixed(1)} s`,
    ].join('\n'),
  )
}, 600_000)
