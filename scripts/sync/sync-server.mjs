/**
 * `npm run sync-server`: the local trial of team sync. Starts pouchdb-server on 127.0.0.1 with
 * its databases in `.sync-server/` (ignored by git, kept between runs) and sets up a demo team
 * with two demo members through the same setup as `npm run sync:setup`. Ctrl+C stops it.
 * SYNC_PORT chooses the port (default 5984, CouchDB's own).
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { startSyncServer } from '../../test/support/sync-server.mjs'
import { setupTeam } from './setup.mjs'

const DIR = resolve(import.meta.dirname, '../../.sync-server')
const PORT = Number(process.env.SYNC_PORT ?? 5984)
/** Demo accounts for a trial on this machine only; the server listens on 127.0.0.1. */
const ADMIN = { name: 'beheerder', password: 'demo-beheer' }
const TEAM = 'demo'
const MEMBERS = [
  { name: 'anna', password: 'demo-anna' },
  { name: 'bram', password: 'demo-bram' },
]

mkdirSync(DIR, { recursive: true })
const server = await startSyncServer({ dir: DIR, port: PORT, admin: ADMIN })
for (const line of await setupTeam({
  url: server.url,
  team: TEAM,
  admin: ADMIN,
  members: MEMBERS,
})) {
  console.log(line)
}
console.log(`
pouchdb-server draait op ${server.url} (gegevens in .sync-server/).
  Beheerder: ${ADMIN.name} / ${ADMIN.password}
  Team: ${TEAM}; leden: ${MEMBERS.map((m) => `${m.name} / ${m.password}`).join(', ')}
Stoppen: Ctrl+C.`)

async function stop() {
  await server.stop()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
