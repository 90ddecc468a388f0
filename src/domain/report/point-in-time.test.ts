import { describe, expect, it } from 'vitest'
import { createRandom } from '../sample-data/random'
import type { AuditEntry, Youth } from '../types'
import { newestFirst, revertSince } from './point-in-time'
import {
  applyEvents,
  FIXTURE_SETTINGS,
  type FixtureEvent,
} from '../../../test/fixtures/report-fixture'

const STATUSES = ['rood', 'oranje', 'groen', 'onbekend'] as const

/** A random but reproducible history of youths, assessments and uitstroom over 2026. */
function randomHistory(seed: number): FixtureEvent[] {
  const random = createRandom(seed)
  const events: FixtureEvent[] = []
  const ids: string[] = []
  for (let day = 0; day < 200; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + day, 8 + random.int(0, 12)))
    const at = date.toISOString()
    const r = random.next()
    if (ids.length === 0 || r < 0.15) {
      const id = `y${ids.length}`
      ids.push(id)
      events.push({ at, kind: 'create', youth: { id, clientRef: id } })
    } else if (r < 0.8) {
      events.push({
        at,
        kind: 'assess',
        id: random.pick(ids),
        preconditionId: random.pick(['wonen', 'school', 'toekomstplan']),
        input: { status: random.pick(STATUSES) },
      })
    } else if (r < 0.9) {
      events.push({
        at,
        kind: 'update',
        id: random.pick(ids),
        patch: { municipalityCode: random.pick(['GM0518', 'GM0599']) },
      })
    } else {
      const outflow = random.chance(0.7)
        ? {
            date: at.slice(0, 10),
            destination: 'thuis-netwerk' as const,
            reason: '01' as const,
            note: '',
          }
        : null
      events.push({ at, kind: 'outflow', id: random.pick(ids), outflow })
    }
  }
  return events
}

describe('the state as of a moment', () => {
  it('undoing later changes gives exactly the state built forward up to that moment', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const events = randomHistory(seed)
      const today = applyEvents(FIXTURE_SETTINGS, events)
      for (const since of [
        '2026-02-01T00:00:00.000Z',
        '2026-04-15T13:00:00.000Z',
        '2026-07-01T00:00:00.000Z',
      ]) {
        const forward = applyEvents(
          FIXTURE_SETTINGS,
          events.filter((e) => e.at < since),
        ).current
        const backward = revertSince(today.current, today.audit, since)
        // An uitstroom line holds only the uitstroom, so updatedAt may differ; reports never use it.
        const comparable = (m: ReadonlyMap<string, Youth>) =>
          new Map([...m].map(([id, y]) => [id, { ...y, updatedAt: '' }]))
        expect(comparable(backward.youths)).toEqual(comparable(forward.youths))
        const nonEmpty = (m: ReadonlyMap<string, ReadonlyMap<string, unknown>>) =>
          new Map([...m].filter(([, v]) => v.size > 0))
        expect(nonEmpty(backward.assessments)).toEqual(nonEmpty(forward.assessments))
      }
    }
  })

  it('restores the settings of that moment from a settings line, and ignores other lines', () => {
    const events: FixtureEvent[] = [
      { at: '2026-03-01T10:00:00.000Z', kind: 'settings', patch: { futurePlanAge: 17 } },
    ]
    const { current, audit } = applyEvents(FIXTURE_SETTINGS, events)
    const note: AuditEntry = {
      id: 99,
      at: '2026-03-02T10:00:00.000Z',
      actor: 'Test',
      kind: 'settings',
      youthId: null,
      preconditionId: null,
      before: null,
      after: { id: '2026-03-29|alle', text: 'Signaal' },
    }
    const history = newestFirst([...audit, note])
    expect(revertSince(current, history, '2026-03-01T12:00:00.000Z').settings.futurePlanAge).toBe(
      17,
    )
    expect(revertSince(current, history, '2026-02-01T00:00:00.000Z').settings.futurePlanAge).toBe(
      16,
    )
  })

  it('returns the very same maps when nothing happened since', () => {
    const { current, audit } = applyEvents(FIXTURE_SETTINGS, randomHistory(7))
    const after = revertSince(current, audit, '2027-01-01T00:00:00.000Z')
    expect(after.youths).toBe(current.youths)
    expect(after.assessments).toBe(current.assessments)
  })

  it('orders audit entries newest first, by time and then by id', () => {
    const entry = (id: number, at: string) =>
      ({
        id,
        at,
        actor: '',
        kind: 'youth',
        youthId: null,
        preconditionId: null,
        before: null,
        after: null,
      }) as AuditEntry
    const sorted = newestFirst([
      entry(1, '2026-01-01'),
      entry(3, '2026-01-02'),
      entry(2, '2026-01-02'),
    ])
    expect(sorted.map((e) => e.id)).toEqual([3, 2, 1])
  })
})
