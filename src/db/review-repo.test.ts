import { describe, expect, it } from 'vitest'
import { makeAssessmentInput } from '../../test/factories/assessment'
import { makeYouthValues } from '../../test/factories/youth'
import { snapshotEntry } from '../domain/review/snapshot'
import type { AssessmentInput } from '../domain/types'
import { setAssessment } from './assessments-repo'
import { auditForYouth } from './audit-repo'
import { db } from './database'
import {
  closeReview,
  closedSnapshots,
  getReview,
  reviewItems,
  setAssessmentInReview,
  setDiscussed,
  setReviewPosition,
  startReview,
  updateYouthInReview,
} from './review-repo'
import { addYouth, getYouth, registerOutflow } from './youths-repo'

const input = (status: AssessmentInput['status']) => makeAssessmentInput({ status })

async function threeYouths() {
  const a = await addYouth(makeYouthValues({ clientRef: 'K-1', location: 'Atlas' }), 'A')
  const b = await addYouth(makeYouthValues({ clientRef: 'K-2', location: 'Atlas' }), 'A')
  const c = await addYouth(makeYouthValues({ clientRef: 'K-3', location: 'Boei' }), 'A')
  return [a, b, c] as const
}

async function runReview(date: string, discuss: string[]) {
  const review = await startReview(
    { date, participants: ['M. de Wit'], scope: { kind: 'all' } },
    'A',
  )
  for (const id of discuss) await setDiscussed(review.id, id, true, 'A')
  await closeReview(review.id, 'A')
  return review
}

describe('review repository', () => {
  it('stores a review as soon as it starts, with the placed youths in scope', async () => {
    const [a, b, c] = await threeYouths()
    await registerOutflow(
      c.id,
      { date: '2026-10-01', destination: 'zelfstandig', reason: '01', note: '' },
      'A',
    )
    const review = await startReview(
      { date: '2026-11-10', participants: ['M. de Wit', 'J. Smit'], scope: { kind: 'all' } },
      'A',
    )
    expect((await getReview(review.id))?.youthIds).toEqual([a.id, b.id])
    expect(await reviewItems(review.id)).toHaveLength(2)
  })

  it('refuses a review without placed youths in scope and stores nothing', async () => {
    await threeYouths()
    await expect(
      startReview(
        { date: '2026-11-10', participants: [], scope: { kind: 'location', value: 'Elders' } },
        'A',
      ),
    ).rejects.toThrow('No placed youths')
    expect(await db.reviews.count()).toBe(0)
  })

  it('survives a reload half-way: position, besproken marks and changes are kept', async () => {
    const [a, b] = await threeYouths()
    const review = await startReview(
      { date: '2026-11-10', participants: [], scope: { kind: 'all' } },
      'A',
    )
    await setAssessmentInReview(review.id, a.id, 'wonen', input('rood'), 'A')
    await setDiscussed(review.id, a.id, true, 'A')
    await setReviewPosition(review.id, 1)
    db.close()
    await db.open()
    const resumed = await getReview(review.id)
    expect(resumed?.status).toBe('open')
    expect(resumed?.position).toBe(1)
    const items = await reviewItems(review.id)
    expect(items.find((i) => i.youthId === a.id)).toMatchObject({
      changed: ['wonen'],
      discussedBy: 'A',
    })
    expect(items.find((i) => i.youthId === b.id)?.discussedAt).toBeNull()
  })

  it('marks a youth as changed only when something really changed', async () => {
    const [a] = await threeYouths()
    await setAssessment(a.id, 'wonen', input('oranje'), 'A')
    const review = await startReview(
      { date: '2026-11-10', participants: [], scope: { kind: 'all' } },
      'A',
    )
    await setAssessmentInReview(review.id, a.id, 'wonen', input('oranje'), 'A')
    expect((await reviewItems(review.id)).find((i) => i.youthId === a.id)?.changed).toEqual([])
    await updateYouthInReview(
      review.id,
      a.id,
      makeYouthValues({ clientRef: 'K-1', location: 'Atlas', expectedOutflowDate: '2027-03-01' }),
      'A',
    )
    expect((await reviewItems(review.id)).find((i) => i.youthId === a.id)?.changed).toEqual([
      'youth',
    ])
    expect((await getYouth(a.id))?.expectedOutflowDate).toBe('2027-03-01')
  })

  it('closing stores a snapshot that later edits never alter', async () => {
    const [a] = await threeYouths()
    await setAssessment(a.id, 'wonen', input('rood'), 'A')
    await runReview('2026-11-10', [a.id])
    await setAssessment(a.id, 'wonen', input('groen'), 'A')
    const [snapshot] = await closedSnapshots()
    expect(snapshot && snapshotEntry(snapshot, a.id)?.statuses.wonen).toBe('rood')
    expect(snapshot && snapshotEntry(snapshot, a.id)?.discussed).toBe(true)
  })

  it('sets the review date only for youths marked besproken (drives "verouderd")', async () => {
    const [a, b] = await threeYouths()
    await runReview('2026-11-10', [a.id])
    expect((await getYouth(a.id))?.lastReviewDate).toBe('2026-11-10')
    expect((await getYouth(b.id))?.lastReviewDate).toBeNull()
  })

  it('counts consecutive reviews in which a precondition stayed rood', async () => {
    const [a, b] = await threeYouths()
    await setAssessment(a.id, 'wonen', input('rood'), 'A')
    await setAssessment(b.id, 'wonen', input('rood'), 'A')
    await runReview('2026-09-10', [a.id, b.id])
    await runReview('2026-10-10', [a.id, b.id])
    await setAssessment(b.id, 'wonen', input('oranje'), 'A')
    await runReview('2026-11-10', [a.id, b.id])
    expect((await getYouth(a.id))?.redStreaks).toEqual({ wonen: 3 })
    expect((await getYouth(b.id))?.redStreaks).toEqual({})
  })

  it('keeps the counts of a closed review for the trend', async () => {
    const [a] = await threeYouths()
    await setAssessment(a.id, 'wonen', input('rood'), 'A')
    const review = await runReview('2026-11-10', [a.id])
    expect((await getReview(review.id))?.totals).toEqual({
      total: { rood: 1, oranje: 0, onbekend: 2, groen: 0 },
      redPerPrecondition: { wonen: 1, school: 0, toekomstplan: 0 },
    })
  })

  it('refuses changes to a closed review and changes nothing', async () => {
    const [a] = await threeYouths()
    const review = await runReview('2026-11-10', [])
    await expect(
      setAssessmentInReview(review.id, a.id, 'wonen', input('rood'), 'A'),
    ).rejects.toThrow('closed')
    expect((await auditForYouth(a.id)).filter((e) => e.kind === 'assessment')).toEqual([])
  })
})
