import {
  syncServerPerFile,
  edit,
  idle,
  makeLaptop,
  newTeam,
  until,
  youth,
  type TestLaptop,
} from '../../test/support/sync-laptops'
import { describe, expect, it } from 'vitest'
import { mergedFromOf } from '../domain/audit'
import { expandAudit } from '../db/audit-repo'
import { DUPLICATE_PREFIX, listProblems } from '../db/sync/bridge-repo'
import { readDuplicate, resolveDuplicate } from '../db/sync/duplicates-repo'

const shared = syncServerPerFile()
const laptops = shared.laptops

/**
 * Anna (the app's own database: the screens' functions decide there) and Bo each create a
 * youth with cliëntnummer K-500 while the other has not seen it: a duplicate on both laptops.
 */
async function duplicateOnBoth() {
  const { connect } = await newTeam(shared.server)
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const b = makeLaptop(shared.server.url, 'bo')
  laptops.push(a, b)
  await connect(a)
  await connect(b)
  await Promise.all([idle(a), idle(b)])
  const same = { clientRef: 'K-500', displayName: 'Sem', location: 'Noord' }
  await edit(a, 'youths', youth(1, { ...same, caseOwner: 'Anna' }))
  await edit(b, 'youths', youth(2, { ...same, caseOwner: 'Bo' }))
  await until('duplicate on A', duplicates(a), (d) => d.length === 1)
  await until('duplicate on B', duplicates(b), (d) => d.length === 1)
  return { a, b }
}

const duplicates = (l: TestLaptop) => () => listProblems(l.database, DUPLICATE_PREFIX)
const youthsOn = (l: TestLaptop) => () => l.database.youths.orderBy('clientRef').toArray()

describe('a duplicate cliëntnummer decided on one laptop', () => {
  it('merged on A: one youth with the values chosen on both laptops, listed on neither', async () => {
    const { a, b } = await duplicateOnBoth()
    const details = await readDuplicate('youth:y2')
    expect(details?.differing.map((d) => d.field)).toEqual(['details.caseOwner'])
    await resolveDuplicate(
      'youth:y2',
      {
        kind: 'merge',
        choices: { 'details.caseOwner': 'other' },
        seen: { local: details?.local.version ?? 0, incoming: details?.incoming.version ?? 0 },
      },
      'Anna',
    )
    // B had only its own y2 (y1 waited as a duplicate): the merge replaces it with y1.
    const onB = await until('y1 instead of y2 on B', youthsOn(b), (ys) => ys[0]?.id === 'y1')
    expect(onB.map((y) => [y.id, y.clientRef, y.caseOwner])).toEqual([['y1', 'K-500', 'Bo']])
    expect(await duplicates(b)()).toEqual([])
    expect((await youthsOn(a)()).map((y) => [y.id, y.caseOwner])).toEqual([['y1', 'Bo']])
    expect(await duplicates(a)()).toEqual([])
    // The merge line reaches B too: y2's history shows under y1 there as well.
    const merged = await until(
      'merge line on B',
      async () => expandAudit(await b.database.audit.toArray()).filter((e) => mergedFromOf(e)),
      (lines) => lines.length === 1,
    )
    expect(merged[0]).toMatchObject({ actor: 'Anna', youthId: 'y1' })
  }, 30_000)

  it('renumbered on A: both youths on both laptops, each with its own number', async () => {
    const { a, b } = await duplicateOnBoth()
    await resolveDuplicate(
      'youth:y2',
      { kind: 'renumber', which: 'incoming', clientRef: 'K-501' },
      'Anna',
    )
    const refs = (ys: { id: string; clientRef: string }[]) => ys.map((y) => [y.id, y.clientRef])
    const expected = [
      ['y1', 'K-500'],
      ['y2', 'K-501'],
    ]
    await until(
      'both on B',
      youthsOn(b),
      (ys) => JSON.stringify(refs(ys)) === JSON.stringify(expected),
    )
    expect(await duplicates(b)()).toEqual([])
    expect(refs(await youthsOn(a)())).toEqual(expected)
    expect(await duplicates(a)()).toEqual([])
  }, 30_000)
})
