import { execSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
const cpu = () => execSync('pgrep -f bin/pouchdb-server').toString().trim().split('\n').filter((pid) => { try { readFileSync(`/proc/${pid}/stat`); return true } catch { return false } }).map((pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10 }).reduce((a, b) => a + b, 0)
import { afterAll, beforeAll, it } from 'vitest'
import { basicAuth } from '../support/sync-server.mjs'
import { putTeamDocs, teamDocs } from '../support/team-docs'
import { openSession } from './browser'
import { connectTeam, startTeamApp, waitUntilSynced, type TeamApp } from './sync-helpers'

const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
let team: TeamApp
beforeAll(async () => {
  const seeded = teamDocs(Number(process.env.PROBE_N ?? 5000))
  team = await startTeamApp('groot', [ANNA])
  await putTeamDocs(`${team.sync.url}/groot`, seeded.docs, basicAuth(ANNA.name, ANNA.password))
}, 300_000)
afterAll(async () => team.close())

it('probe first sync profile', async () => {
  const s = await openSession({ baseURL: team.base })
  const page = s.page
  await page.goto('/')
  await page.getByRole('heading', { name: 'Nog geen jongeren op het bord' }).waitFor()
  const cdp = await s.context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
  await cdp.send('Profiler.start')
  const t0 = Date.now()
  const c0 = cpu()
  await connectTeam(page, 'groot', ANNA)
  await waitUntilSynced(page, 600_000)
  console.log('first sync ms', Date.now() - t0, 'server cpu ms', cpu() - c0)
  const { profile } = await cdp.send('Profiler.stop')
  writeFileSync('/tmp/first-sync.cpuprofile', JSON.stringify(profile))
  for (let round = 0; round < 2; round++) {
    const log: string[] = []
    let t0r = 0
    page.on('request', (r) => {
      if (r.url().includes('/db/')) log.push(`${Date.now() - t0r} ${r.method()} ${r.url().replace(team.base, '').slice(0, 90)}`)
    })
    await cdp.send('Profiler.start')
    t0r = Date.now()
    await page.reload()
    const ms = await page.waitForFunction(() => {
      const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime
      const a = at('dsb:sync-start'), b = at('dsb:sync-caught-up'), c = at('dsb:board-loaded')
      return a !== undefined && b !== undefined ? [a, b, b - a, c] : null
    }, null, { polling: 50, timeout: 300_000 })
    const { profile: p2 } = await cdp.send('Profiler.stop')
    writeFileSync(`/tmp/resync-${round}.cpuprofile`, JSON.stringify(p2))
    console.log('resync', round, JSON.stringify(await ms.jsonValue()), '\n' + log.slice(0, 40).join('\n'))
    await page.waitForTimeout(3000)
  }
  await s.close()
}, 1_500_000)
