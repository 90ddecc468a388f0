import type { BoardData } from '../../db/board-store'
import { assessmentsByYouth } from '../../domain/assessments-by-youth'
import { generateSampleDataset } from '../../domain/sample-data/generate'
import type { Status, Youth } from '../../domain/types'
import { nl } from '../../i18n'
import { boardColumns } from './board-columns'
import { BoardRowIndex, type BoardViewSpec } from './board-row-index'
import { EMPTY_FILTERS, type BoardFilters, type BoardSort } from './board-view-store'

const TODAY = '2026-11-23'
const sample = generateSampleDataset({ seed: 7, youthCount: 300, today: TODAY, months: 1 })
const settings = sample.settings
const columns = boardColumns(
  nl,
  settings.preconditions.filter((p) => p.enabled),
  TODAY,
  { onOpenAssessment: () => undefined },
)

/** A store-like sequence of snapshots that says which youths changed, as BoardStore does. */
class Snapshots {
  youths = new Map(sample.youths.map((y) => [y.id, y]))
  assessments = new Map(
    [...assessmentsByYouth(sample.assessments)].map(([id, inner]) => [id, new Map(inner)]),
  )
  private log: { revision: number; ids: string[] }[] = []
  data: BoardData = this.snapshot(1)

  private snapshot(revision: number): BoardData {
    return {
      youths: new Map(this.youths),
      assessments: this.assessments,
      progress: null,
      revision,
      error: null,
      changedSince: (since) =>
        new Set(this.log.filter((e) => e.revision > since).flatMap((e) => e.ids)),
    }
  }

  setStatus(youthId: string, preconditionId: string, status: Status) {
    const inner = new Map(this.assessments.get(youthId))
    const before = inner.get(preconditionId)
    inner.set(preconditionId, {
      ...(before ?? {
        youthId,
        preconditionId,
        reasonCodes: [],
        note: '',
        action: '',
        owner: null,
        dueDate: null,
        changedBy: 'Test',
      }),
      status,
      changedAt: '2026-11-23T10:00:00.000Z',
    })
    this.assessments.set(youthId, inner)
    this.publish([youthId])
  }

  setYouth(youth: Youth) {
    this.youths.set(youth.id, youth)
    this.publish([youth.id])
  }

  private publish(ids: string[]) {
    const revision = this.data.revision + 1
    this.log.push({ revision, ids })
    this.data = this.snapshot(revision)
  }
}

function view(filters: Partial<BoardFilters> = {}, sorting: BoardSort[] = []): BoardViewSpec {
  return { filters: { ...EMPTY_FILTERS, ...filters }, sorting, columns }
}

/** What a fresh index (everything derived, filtered and sorted at once) shows for `data`. */
function fresh(data: BoardData, spec: BoardViewSpec) {
  return new BoardRowIndex().update({ ...data, changedSince: () => null }, settings, TODAY, spec)
}

const ids = (list: { shown: readonly { youth: { id: string } }[] }) =>
  list.shown.map((r) => r.youth.id)

describe('BoardRowIndex', () => {
  it('moves a changed row to its new place and adjusts the counts, as a full rebuild would', () => {
    const store = new Snapshots()
    const index = new BoardRowIndex()
    const spec = view({}, [{ id: 'totalStatus', desc: false }])
    const before = index.update(store.data, settings, TODAY, spec)
    const placed = sample.youths.filter((y) => !y.outflow)
    const target = placed.find((y) =>
      before.shown.some((r) => r.youth.id === y.id && r.totalStatus === 'groen'),
    )
    if (!target) throw new Error('the sample has a groen youth')
    store.setStatus(target.id, 'wonen', 'rood')
    const after = index.update(store.data, settings, TODAY, spec)
    expect(after.counts.get('rood')).toBe((before.counts.get('rood') ?? 0) + 1)
    expect(after.counts.get('groen')).toBe((before.counts.get('groen') ?? 0) - 1)
    expect(after.shown.find((r) => r.youth.id === target.id)?.totalStatus).toBe('rood')
    expect(ids(after)).toEqual(ids(fresh(store.data, spec)))
  })

  it('keeps filters, search and order right through a series of edits', () => {
    const store = new Snapshots()
    const index = new BoardRowIndex()
    const specs = [
      view({ municipality: 'Rotterdam' }, [{ id: 'age', desc: true }]),
      view({ totalStatus: 'rood' }, [{ id: 'clientRef', desc: false }]),
      view({ search: 'gezinshuis' }, [{ id: 'expectedOutflowDate', desc: true }]),
    ]
    const statuses: Status[] = ['rood', 'oranje', 'groen', 'nvt']
    let i = 0
    for (const spec of specs) {
      expect(index.update(store.data, settings, TODAY, spec).shown.length).toBeGreaterThan(0)
      for (const youth of sample.youths.slice(0, 40)) {
        store.setStatus(youth.id, i % 2 ? 'school' : 'wonen', statuses[i % 4] as Status)
        i++
        const list = index.update(store.data, settings, TODAY, spec)
        const expected = fresh(store.data, spec)
        expect(ids(list)).toEqual(ids(expected))
        expect(list.counts).toEqual(expected.counts)
      }
    }
  })

  it('takes in many changes at once (a chunk of the first load) as a full rebuild would', () => {
    const store = new Snapshots()
    const index = new BoardRowIndex()
    const spec = view({}, [{ id: 'lengthOfStay', desc: false }])
    index.update(store.data, settings, TODAY, spec)
    for (const youth of sample.youths.slice(0, 120)) store.setStatus(youth.id, 'wonen', 'groen')
    const moved = sample.youths[5] as Youth
    store.setYouth({
      ...moved,
      outflow: { date: TODAY, destination: 'pleeggezin', reason: '01', note: '' },
    })
    const list = index.update(store.data, settings, TODAY, spec)
    expect(ids(list)).not.toContain(moved.id)
    expect(ids(list)).toEqual(ids(fresh(store.data, spec)))
    expect(list.total).toBe(fresh(store.data, spec).total)
  })

  it('sorts like the table did: empty dates last either way, equal values in data order', () => {
    const store = new Snapshots()
    for (const desc of [false, true]) {
      const list = fresh(store.data, view({}, [{ id: 'expectedOutflowDate', desc }]))
      const dates = list.shown.map((r) => r.youth.expectedOutflowDate ?? null)
      const firstEmpty = dates.indexOf(null)
      expect(firstEmpty).toBeGreaterThan(0)
      expect(dates.slice(firstEmpty).every((d) => d === null)).toBe(true)
      const set = dates.slice(0, firstEmpty) as string[]
      expect(set).toEqual([...set].sort((a, b) => (desc ? b.localeCompare(a) : a.localeCompare(b))))
      // Ties (and the empty ones) stay in the order the youths are stored.
      const order = new Map(sample.youths.map((y, i) => [y.id, i]))
      const empties = list.shown.slice(firstEmpty).map((r) => order.get(r.youth.id) as number)
      expect(empties).toEqual([...empties].sort((a, b) => a - b))
    }
  })

  it('sorts a plain column by its values, descending when asked, equal values in data order', () => {
    const store = new Snapshots()
    const order = new Map(sample.youths.map((y, i) => [y.id, i]))
    for (const desc of [false, true]) {
      const rows = fresh(store.data, view({}, [{ id: 'age', desc }])).shown
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1], rows[i]] as [(typeof rows)[number], (typeof rows)[number]]
        if (a.age === b.age)
          expect(order.get(a.youth.id) as number).toBeLessThan(order.get(b.youth.id) as number)
        else expect(desc ? a.age > b.age : a.age < b.age).toBe(true)
      }
    }
  })

  it('counts per colour ignore the colour filter, and the signaal filter finds its youths', () => {
    const store = new Snapshots()
    const all = fresh(store.data, view())
    const red = fresh(store.data, view({ totalStatus: 'rood' }))
    expect(red.counts).toEqual(all.counts)
    expect(red.shown).toHaveLength(all.counts.get('rood') ?? 0)
    const signal = all.shown.find((r) => r.signals.length > 0)?.signals[0]
    if (!signal) throw new Error('the sample has a youth with a signal')
    const flagged = fresh(store.data, view({ signal }))
    expect(flagged.shown.length).toBe(all.shown.filter((r) => r.signals.includes(signal)).length)
    expect(flagged.shown.length).toBeGreaterThan(0)
  })

  it('gives the same list object back when nothing changed', () => {
    const store = new Snapshots()
    const index = new BoardRowIndex()
    const spec = view()
    const first = index.update(store.data, settings, TODAY, spec)
    expect(index.update(store.data, settings, TODAY, spec)).toBe(first)
  })
})
