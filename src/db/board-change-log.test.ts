import { ChangeLog } from './board-change-log'

const ids = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null)

describe('the board change log', () => {
  it('says which youths changed after a revision, not those changed in it or before', () => {
    const log = new ChangeLog()
    log.add(['a'])
    log.published(1)
    log.add(['b', 'c'])
    log.published(2)
    log.add(['c', 'd'])
    log.published(3)
    expect(ids(log.since(1))).toEqual(['b', 'c', 'd'])
    expect(ids(log.since(2))).toEqual(['c', 'd'])
    expect(ids(log.since(3))).toEqual([])
  })

  it('counts changes only once they are published', () => {
    const log = new ChangeLog()
    log.add(['a'])
    log.published(1)
    log.add(['b'])
    expect(ids(log.since(1))).toEqual([])
    log.published(2)
    expect(ids(log.since(1))).toEqual(['b'])
  })

  it('knows nothing of revisions before a full read', () => {
    const log = new ChangeLog()
    log.add(['a'])
    log.published(1)
    log.add(['stale'])
    log.restart(2)
    log.published(2)
    // A view of revision 1 must derive everything; the swapped-in revision 2 is the new start.
    expect(log.since(1)).toBeNull()
    expect(ids(log.since(2))).toEqual([])
    log.add(['b'])
    log.published(3)
    expect(ids(log.since(2))).toEqual(['b'])
  })

  it('forgets the oldest revisions of a long session', () => {
    const log = new ChangeLog(3)
    for (let revision = 1; revision <= 5; revision++) {
      log.add([`y${revision}`])
      log.published(revision)
    }
    expect(log.since(1)).toBeNull()
    expect(ids(log.since(2))).toEqual(['y3', 'y4', 'y5'])
  })
})
