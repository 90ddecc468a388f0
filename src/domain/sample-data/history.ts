import { addDaysIso } from '../dates'
import { enabledPreconditions } from '../preconditions'
import { youthAfterReview } from '../review/lifecycle'
import { buildSnapshot, snapshotEntryAt, snapshotTotals } from '../review/snapshot'
import type { Assessment, AuditEntry, Review, ReviewSnapshot, Status, Youth } from '../types'
import type { SampleDataset } from './generate'

export interface SampleHistory {
  reviews: Review[]
  snapshots: ReviewSnapshot[]
  /** Back-dated audit lines: creation, every colour change between reviews, uitstroom. */
  audit: Omit<AuditEntry, 'id'>[]
  /** The youths with review date and red streaks as the simulated reviews left them. */
  youths: Youth[]
}

const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`

function statusOnly(
  youthId: string,
  preconditionId: string,
  status: Status,
  when: string,
): Assessment {
  return {
    youthId,
    preconditionId,
    status,
    reasonCodes: [],
    note: '',
    action: '',
    owner: null,
    dueDate: null,
    changedBy: '',
    changedAt: when,
  }
}

/**
 * Turns the simulated monthly statuses of a sample dataset into the history the app keeps:
 * closed reviews with snapshots and an audit log whose changes lead from one review to the next
 * and on to today's assessments. Every 20th youth is left out of a review, so *verouderd*
 * and "not discussed" show up too.
 */
export function sampleHistory(data: SampleDataset): SampleHistory {
  const preconditions = enabledPreconditions(data.settings)
  const youths = data.youths.map((y) => ({ ...y, redStreaks: { ...y.redStreaks } }))
  const byId = new Map(youths.map((y) => [y.id, y]))
  const audit: Omit<AuditEntry, 'id'>[] = []
  const lastStatus = new Map<string, Map<string, Status>>()
  const reviews: Review[] = []
  const snapshots: ReviewSnapshot[] = []

  for (const youth of youths) {
    audit.push({
      at: youth.createdAt,
      actor: youth.caseOwner,
      kind: 'youth',
      youthId: youth.id,
      preconditionId: null,
      before: null,
      after: { ...youth, outflow: null },
    })
  }

  data.reviewDates.forEach((date, r) => {
    const inReview: Youth[] = []
    const assessments = new Map<string, Map<string, Assessment>>()
    const changeDay = addDaysIso(date, -3)
    for (const timeline of data.timelines) {
      const youth = byId.get(timeline.youthId)
      const statuses = timeline.statuses[r]
      if (!youth || !statuses || (youth.outflow && youth.outflow.date <= date)) continue
      inReview.push(youth)
      const previous = lastStatus.get(youth.id) ?? new Map<string, Status>()
      const map = new Map<string, Assessment>()
      for (const [id, status] of Object.entries(statuses)) {
        map.set(id, statusOnly(youth.id, id, status, at(changeDay)))
        const before = previous.get(id)
        if (before !== status && status !== 'onbekend') {
          audit.push({
            at: at(changeDay),
            actor: youth.caseOwner,
            kind: 'assessment',
            youthId: youth.id,
            preconditionId: id,
            before: before ? statusOnly(youth.id, id, before, at(changeDay)) : null,
            after: statusOnly(youth.id, id, status, at(changeDay)),
          })
        }
        previous.set(id, status)
      }
      lastStatus.set(youth.id, previous)
      assessments.set(youth.id, map)
    }
    const id = `sample-review-${String(r + 1).padStart(2, '0')}`
    const discussed = new Set(inReview.filter((_, i) => (i + r) % 20 !== 0).map((y) => y.id))
    const snapshot = buildSnapshot({
      review: { id, date },
      youths: inReview,
      assessments,
      preconditions,
      settings: data.settings,
      discussed,
      closedAt: at(date, 15),
    })
    inReview.forEach((youth, i) => {
      Object.assign(youth, youthAfterReview(youth, snapshotEntryAt(snapshot, i)))
    })
    snapshots.push(snapshot)
    reviews.push({
      id,
      date,
      participants: ['Teamleider', 'Gedragswetenschapper'],
      scope: { kind: 'all' },
      youthIds: [],
      status: 'closed',
      position: 0,
      startedAt: at(date, 9),
      startedBy: 'Teamleider',
      closedAt: at(date, 15),
      totals: snapshotTotals(snapshot),
    })
  })

  // From the last review to today's assessments, and the uitstroom of those who left.
  const lastDate = data.reviewDates.at(-1) ?? data.youths[0]?.createdAt.slice(0, 10) ?? ''
  for (const a of data.assessments) {
    const before = lastStatus.get(a.youthId)?.get(a.preconditionId)
    if (before === a.status) continue
    audit.push({
      at: a.changedAt,
      actor: a.changedBy,
      kind: 'assessment',
      youthId: a.youthId,
      preconditionId: a.preconditionId,
      before: before ? statusOnly(a.youthId, a.preconditionId, before, at(lastDate)) : null,
      after: a,
    })
  }
  for (const youth of youths) {
    if (!youth.outflow) continue
    audit.push({
      at: at(youth.outflow.date, 16),
      actor: youth.caseOwner,
      kind: 'outflow',
      youthId: youth.id,
      preconditionId: null,
      before: null,
      after: youth.outflow,
    })
  }
  audit.sort((a, b) => a.at.localeCompare(b.at))
  return { reviews, snapshots, audit, youths }
}
