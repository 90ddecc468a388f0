import { fireEvent, screen, waitFor } from '@testing-library/react'
import { Route } from 'wouter'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { cutOffWrites, disarmFaults } from '../../db/fault-injection'
import { addYouth } from '../../db/youths-repo'
import { ReviewPage } from './review-page'

async function youths(count: number) {
  for (let i = 1; i <= count; i++) {
    await addYouth(makeYouthValues({ clientRef: `K-${i}`, location: 'Atlas' }), 'A')
  }
}

function renderReview(path = '/bespreking') {
  return renderWithApp(
    <Route path="/bespreking" nest>
      <ReviewPage />
    </Route>,
    { path },
  )
}

async function startReview() {
  const view = renderReview()
  await view.user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
  await screen.findByRole('heading', { level: 2, name: /K-1/ })
  const [review] = await db.reviews.toArray()
  if (!review) throw new Error('No review started')
  return { ...view, review }
}

/** The refs of the youths marked besproken, in walk order. */
async function discussedRefs(reviewId: string): Promise<string[]> {
  const review = await db.reviews.get(reviewId)
  const items = await db.reviewItems.where('reviewId').equals(reviewId).toArray()
  const done = new Set(items.filter((i) => i.discussedAt).map((i) => i.youthId))
  const all = await db.youths.bulkGet(review?.youthIds ?? [])
  return all.filter((y) => y && done.has(y.id)).map((y) => y?.clientRef ?? '')
}

const altPageDown = () => fireEvent.keyDown(window, { key: 'PageDown', altKey: true })

beforeEach(() => {
  sessionStorage.clear()
})

describe('Bespreking: moves in flight', () => {
  it('moves three youths on for three quick Alt+Page Down, marking each besproken in order', async () => {
    await youths(5)
    const { review } = await startReview()
    altPageDown()
    altPageDown()
    altPageDown()
    expect(await screen.findByRole('heading', { level: 2, name: /K-4/ })).toBeInTheDocument()
    expect(await screen.findByText('3 van 5 besproken')).toBeInTheDocument()
    expect(await discussedRefs(review.id)).toEqual(['K-1', 'K-2', 'K-3'])
    await waitFor(async () => expect((await db.reviews.get(review.id))?.position).toBe(3))
    // Nothing is left to finish after a reload once every move is stored.
    await waitFor(() => expect(sessionStorage.length).toBe(0))
  })

  it('stops queued moves at a youth held by an invalid field', async () => {
    await youths(4)
    const { user, review } = await startReview()
    await user.type(screen.getByLabelText('Beoogde uitstroomdatum'), '31-31-2027')
    altPageDown()
    altPageDown()
    expect(await screen.findByText(/geen geldige datum/)).toBeInTheDocument()
    await waitFor(() => expect(sessionStorage.length).toBe(0))
    expect(screen.getByRole('heading', { level: 2, name: /K-1/ })).toBeInTheDocument()
    expect(await discussedRefs(review.id)).toEqual([])
    expect((await db.reviews.get(review.id))?.position).toBe(0)
  })

  it('opens the review on the youth moved to when the page was reloaded before storing it', async () => {
    await youths(3)
    const { user, review, unmount } = await startReview()
    // The reload: every write from this moment on is never stored.
    const cutOff = cutOffWrites()
    await user.click(screen.getByRole('button', { name: /Volgende jongere/ }))
    await waitFor(() => expect(cutOff()).toBeGreaterThan(0))
    unmount()
    disarmFaults()
    expect((await db.reviews.get(review.id))?.position).toBe(0)

    renderReview(`/bespreking/${review.id}`)
    expect(await screen.findByRole('heading', { level: 2, name: /K-2/ })).toBeInTheDocument()
    expect(await screen.findByText('1 van 3 besproken')).toBeInTheDocument()
    expect(await discussedRefs(review.id)).toEqual(['K-1'])
    expect(sessionStorage.length).toBe(0)
  })

  it('keeps the moment of each quick move through a reload: the times follow the walk order', async () => {
    await youths(5)
    const { review, unmount } = await startReview()
    const cutOff = cutOffWrites()
    const asked = Date.now()
    altPageDown()
    altPageDown()
    altPageDown()
    await waitFor(() => expect(cutOff()).toBeGreaterThan(0))
    unmount()
    disarmFaults()

    renderReview(`/bespreking/${review.id}`)
    expect(await screen.findByText('3 van 5 besproken')).toBeInTheDocument()
    const items = await db.reviewItems.where('reviewId').equals(review.id).toArray()
    const times = review.youthIds
      .slice(0, 3)
      .map((id) => Date.parse(items.find((i) => i.youthId === id)?.discussedAt ?? ''))
    expect(times[0]).toBeGreaterThanOrEqual(asked)
    expect(times[1]).toBeGreaterThan(times[0] ?? Infinity)
    expect(times[2]).toBeGreaterThan(times[1] ?? Infinity)
  })

  it('finishes a move noted before the moves had times, marking it besproken', async () => {
    await youths(3)
    const { review, unmount } = await startReview()
    unmount()
    sessionStorage.setItem(
      'doorstroombord.review-move',
      JSON.stringify({
        reviewId: review.id,
        to: review.youthIds[1],
        discussed: [review.youthIds[0]],
      }),
    )
    renderReview(`/bespreking/${review.id}`)
    expect(await screen.findByRole('heading', { level: 2, name: /K-2/ })).toBeInTheDocument()
    expect(await screen.findByText('1 van 3 besproken')).toBeInTheDocument()
  })
})
