import Dexie, { RangeSet } from 'dexie'
import { makeAssessmentInput } from '../../test/factories/assessment'
import { makeYouth, makeYouthValues } from '../../test/factories/youth'
import { setAssessment } from './assessments-repo'
import { ChangeCollector, type CollectedChanges } from './board-change-collector'
import { db } from './database'
import { storedYouths } from './youth-record'
import { addYouth } from './youths-repo'

const collectors: ChangeCollector[] = []

/** A collector on the youths table, and every batch it reported (taken at once). */
function collect() {
  const batches: (CollectedChanges | null)[] = []
  const collector = new ChangeCollector(db, 'youths', () => batches.push(collector.take()))
  collector.start()
  collectors.push(collector)
  return batches
}

// Dexie reports a newly created database as changed throughout: let that pass first.
beforeEach(() => db.open())

afterEach(() => {
  for (const collector of collectors.splice(0)) collector.stop()
})

const youths = (count: number) =>
  storedYouths(
    Array.from({ length: count }, (_, i) => makeYouth({ id: `y-${i}`, clientRef: `B-${i}` })),
    [],
  )

describe('the board change collector', () => {
  it('reports a new youth by its key, once per write', async () => {
    const batches = collect()
    const added = await addYouth(makeYouthValues(), 'A')
    await vi.waitFor(() => expect(batches).toEqual([{ reload: false, keys: [added.id] }]))
  })

  it('reports a status change as the youth that changed', async () => {
    const added = await addYouth(makeYouthValues(), 'A')
    const batches = collect()
    await setAssessment(added.id, 'wonen', makeAssessmentInput({ status: 'rood' }), 'A')
    await vi.waitFor(() => expect(batches).toEqual([{ reload: false, keys: [added.id] }]))
  })

  it('asks for everything after a bulk write or a cleared table', async () => {
    const batches = collect()
    await db.youths.bulkAdd(youths(120))
    await vi.waitFor(() => expect(batches).toEqual([{ reload: true }]))
    await db.youths.clear()
    await vi.waitFor(() => expect(batches).toEqual([{ reload: true }, { reload: true }]))
  })

  it('ignores writes to other tables and other databases', async () => {
    const batches = collect()
    const other = new Dexie('another-app')
    other.version(1).stores({ youths: 'id' })
    await other.table('youths').put({ id: 'elsewhere' })
    await db.settings.put({ key: 'unrelated', value: 1 })
    const added = await addYouth(makeYouthValues(), 'A')
    // Only the youth of this database arrives, though the others were written first.
    await vi.waitFor(() => expect(batches).toEqual([{ reload: false, keys: [added.id] }]))
    await other.delete()
  })

  it('reports a youth changed in another tab', async () => {
    const batches = collect()
    // What Dexie in another tab posts after a commit (arriving structured-cloned).
    const otherTab = new BroadcastChannel('x-storagemutated-1')
    otherTab.postMessage({ [`idb://${db.name}/youths/`]: new RangeSet().addKey('y-7') })
    await vi.waitFor(() => expect(batches).toEqual([{ reload: false, keys: ['y-7'] }]))
    otherTab.close()
  })

  it('asks for everything when the database was created anew (as after a full disk)', async () => {
    await db.delete({ disableAutoOpen: false })
    const batches = collect()
    await db.open()
    await vi.waitFor(() => expect(batches).toEqual([{ reload: true }]))
  })

  it('collects the writes that arrive before they are taken, and a requested reload', async () => {
    const collector = new ChangeCollector(db, 'youths', () => undefined)
    collector.start()
    collectors.push(collector)
    const first = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const second = await addYouth(makeYouthValues({ clientRef: 'K-2' }), 'A')
    const taken = collector.take()
    expect(taken?.reload === false && [...taken.keys].sort()).toEqual([first.id, second.id].sort())
    expect(collector.take()).toBeNull()
    collector.requestReload()
    expect(collector.take()).toEqual({ reload: true })
  })
})
