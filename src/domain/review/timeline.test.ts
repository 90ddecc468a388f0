import { describe, expect, it } from 'vitest'
import { makeAssessment } from '../../../test/factories/assessment'
import { makeSettings } from '../../../test/factories/settings'
import { makeYouth } from '../../../test/factories/youth'
import type { AuditEntry, Review, Status } from '../types'
import { buildSnapshot } from './snapshot'
import { auditBetweenReviews, trendPoints, youthTimeline } from './timeline'

const settings = makeSettings()
const preconditions = settings.preconditions.filter((p) => p.enabled)
const youth = makeYouth({ id: 'a' })

function snapshotWith(date: string, wonen: Status) {
  return buildSnapshot({
    review: { id: `r-${date}`, date },
    youths: [youth],
    assessments: new Map([
      [
        'a',
        new Map([
          ['wonen', makeAssessment({ youthId: 'a', status: wonen, changedBy: '', changedAt: '' })],
        ]),
      ],
    ]),
    preconditions,
    settings,
    discussed: new Set(['a']),
    closedAt: `${date}T15:00:00.000Z`,
  })
}

describe('youth timeline', () => {
  const snapshots = [
    snapshotWith('2026-09-10', 'rood'),
    snapshotWith('2026-07-10', 'oranje'),
    snapshotWith('2026-08-10', 'rood'),
    snapshotWith('2026-10-10', 'rood'),
  ]

  it("shows each precondition's colour per review, oldest first", () => {
    const timeline = youthTimeline(snapshots, 'a', ['wonen', 'school'])
    expect(timeline.reviews.map((r) => r.date)).toEqual([
      '2026-07-10',
      '2026-08-10',
      '2026-09-10',
      '2026-10-10',
    ])
    expect(timeline.rows[0]?.statuses).toEqual(['oranje', 'rood', 'rood', 'rood'])
    expect(timeline.rows[1]?.statuses).toEqual(['onbekend', 'onbekend', 'onbekend', 'onbekend'])
  })

  it('counts how many reviews in a row a precondition has been rood up to now', () => {
    const timeline = youthTimeline(snapshots, 'a', ['wonen', 'school'])
    expect(timeline.rows[0]?.redStreak).toBe(3)
    expect(timeline.rows[1]?.redStreak).toBe(0)
  })

  it('is empty for a youth never reviewed', () => {
    expect(youthTimeline(snapshots, 'other', ['wonen']).reviews).toEqual([])
  })

  it('groups changes under the review they led up to, with recent changes first', () => {
    const timeline = youthTimeline(snapshots.slice(0, 2), 'a', ['wonen'])
    const entry = (at: string): AuditEntry => ({
      at,
      actor: 'A',
      kind: 'assessment',
      youthId: 'a',
      preconditionId: 'wonen',
      before: null,
      after: null,
    })
    const segments = auditBetweenReviews(
      [
        entry('2026-07-01T10:00:00.000Z'),
        entry('2026-09-01T10:00:00.000Z'),
        entry('2026-11-01T10:00:00.000Z'),
      ],
      timeline.reviews,
    )
    expect(
      segments.map((s) => [s.review?.date ?? 'since', s.entries.map((e) => e.at.slice(0, 10))]),
    ).toEqual([
      ['since', ['2026-11-01']],
      ['2026-09-10', ['2026-09-01']],
      ['2026-07-10', ['2026-07-01']],
    ])
  })
})

describe('board trend', () => {
  const review = (date: string, status: Review['status'], rood: number): Review => ({
    id: date,
    date,
    participants: [],
    scope: { kind: 'all' },
    youthIds: [],
    status,
    position: 0,
    startedAt: `${date}T09:00:00.000Z`,
    startedBy: 'A',
    closedAt: status === 'closed' ? `${date}T12:00:00.000Z` : null,
    totals:
      status === 'closed'
        ? { total: { rood, oranje: 0, onbekend: 0, groen: 1 }, redPerPrecondition: { wonen: rood } }
        : null,
  })

  it('shows the last 12 closed reviews, oldest first, and never an open one', () => {
    const reviews = Array.from({ length: 14 }, (_, i) =>
      review(`2025-${String((i % 12) + 1).padStart(2, '0')}-0${i < 12 ? 1 : 2}`, 'closed', i),
    )
    reviews.push(review('2026-12-01', 'open', 99))
    const points = trendPoints(reviews)
    expect(points).toHaveLength(12)
    expect(points.every((p) => p.totals.total.rood !== 99)).toBe(true)
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort())
  })
})
