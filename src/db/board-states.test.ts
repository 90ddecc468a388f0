import { nextState, type BoardEvent, type BoardState } from './board-states'

const idle: BoardState = { kind: 'idle' }
const loading: BoardState = { kind: 'loading' }
const loaded: BoardState = { kind: 'loaded' }
const applying: BoardState = { kind: 'applying' }
const reloading: BoardState = { kind: 'reloading' }
const start: BoardEvent = { type: 'start' }
const keys: BoardEvent = { type: 'changed', what: 'keys' }
const all: BoardEvent = { type: 'changed', what: 'all' }
const read: BoardEvent = { type: 'read' }
const quota: BoardEvent = { type: 'read-failed', error: 'quota' }

/** The states passed through from `state`, one per event. */
function walk(state: BoardState, ...events: BoardEvent[]): BoardState[] {
  return events.map((event) => (state = nextState(state, event)))
}

describe('the board store states', () => {
  it('loads once started, then follows changes key by key', () => {
    expect(walk(idle, start, read, keys, read)).toEqual([loading, loaded, applying, loaded])
  })

  it('reads everything again after a bulk write, a cleared table or a retry', () => {
    expect(walk(loaded, all, read)).toEqual([reloading, loaded])
  })

  it('lets changes wait while a read is under way', () => {
    for (const busy of [loading, applying, reloading]) {
      expect(nextState(busy, keys)).toBe(busy)
      expect(nextState(busy, all)).toBe(busy)
    }
    expect(nextState(loaded, start)).toBe(loaded)
  })

  it('after a failed reload or re-read, reads everything into new maps', () => {
    const failed = { kind: 'failed', error: 'quota', loadedOnce: true } as const
    expect(walk(reloading, quota, keys)).toEqual([failed, reloading])
    expect(walk(applying, quota, all)).toEqual([failed, reloading])
  })

  it('starts over when the first load failed', () => {
    const failed = { kind: 'failed', error: 'quota', loadedOnce: false } as const
    expect(walk(loading, quota, all, read)).toEqual([failed, loading, loaded])
  })

  it('ignores a read result when no read is under way', () => {
    expect(nextState(loaded, read)).toBe(loaded)
    expect(nextState(idle, quota)).toBe(idle)
  })
})
