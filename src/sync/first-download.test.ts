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

/**
 * A team whose first member, A, brought `youths` and `lineCount` audit lines and is in step;
 * B has just pressed Verbinden and downloads.
 */
async function teamWithHistory(youths: ReturnType<typeof youth>[], lineCount: number) {
  const { connect } = await newTeam(shared.server)
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const b = makeLaptop(shared.server.url, 'bo')
  shared.laptops.push(a, b)
  await a.database.youths.bulkPut(youths)
  await a.database.audit.bulkAdd(lines(lineCount))
  await connect(a)
  await idle(a)
  await connect(b)
  return { a, b }
}

describe('the first download of a team', () => {
  it('completes the board first, says the history still comes, and misses no later edit', async () => {
    const { a, b } = await teamWithHistory([youth(1), youth(2), youth(3)], 600)
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

  it('sends what was edited here during and after the download to the other laptop', async () => {
    const { a, b } = await teamWithHistory([youth(1), youth(2)], 300)
    // A youth added on B while its download runs, and an edit once it is done.
    await edit(b, 'youths', { ...youth(9), location: 'Tijdens het downloaden' })
    await idle(b)
    await edit(b, 'youths', { ...youth(2), location: 'Na het downloaden' })
    for (const [id, location] of [
      ['y9', 'Tijdens het downloaden'],
      ['y2', 'Na het downloaden'],
    ] as const)
      await until(
        `${id} on A`,
        () => a.database.youths.get(id),
        (y) => y?.location === location,
      )
  }, 30_000)
})
