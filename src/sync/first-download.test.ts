import { describe, expect, it } from 'vitest'
import {
  edit,
  idle,
  makeLaptop,
  newTeam,
  syncServerPerFile,
  until,
  youth,
} from '../../test/support/sync-laptops'
import { auditBatches, expandAudit } from '../db/audit-repo'
import type { AuditEntry } from '../domain/types'

const shared = syncServerPerFile()

const lines = (n: number) =>
  auditBatches(
    Array.from({ length: n }, (_, i): AuditEntry => ({
      at: '',
      actor: 'Anna',
      kind: 'assessment',
      youthId: `y${i % 3}`,
      preconditionId: 'wonen',
      before: 'oranje',
      after: 'rood',
    })),
    'Anna',
    '2026-11-04T10:00:00.000Z',
  )

describe('the first download of a team', () => {
  it('completes the board first, says the history still comes, and misses no later edit', async () => {
    const { connect } = await newTeam(shared.server)
    const a = makeLaptop(shared.server.url, 'anna', { own: true })
    const b = makeLaptop(shared.server.url, 'bo')
    shared.laptops.push(a, b)
    await a.database.youths.bulkPut([youth(1), youth(2), youth(3)])
    await a.database.audit.bulkAdd(lines(600))
    await connect(a)
    await idle(a)

    await connect(b)
    // An edit on A while B downloads: live replication takes over where the download began.
    await edit(a, 'youths', { ...youth(2), location: 'Kamertraining Oost' })
    await idle(b)
    const downloads = b.states.filter((s) => s.kind === 'downloading')
    const historyAt = downloads.findIndex((s) => s.kind === 'downloading' && s.history === true)
    expect(historyAt).toBeGreaterThan(0)
    // Once the history part began, the board part never showed again.
    expect(downloads.slice(historyAt).every((s) => s.kind === 'downloading' && s.history)).toBe(
      true,
    )
    expect(await b.database.youths.count()).toBe(3)
    expect(expandAudit(await b.database.audit.toArray()).length).toBe(600)
    await until(
      'the edit on B',
      () => b.database.youths.get('y2'),
      (y) => y?.location === 'Kamertraining Oost',
    )
  }, 30_000)
})
