import { screen, waitFor, within } from '@testing-library/react'
import { Route } from 'wouter'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { getAssessment } from '../../db/assessments-repo'
import { auditForYouth } from '../../db/audit-repo'
import { db } from '../../db/database'
import { closeReview, getReview, reviewItems } from '../../db/review-repo'
import { addYouth } from '../../db/youths-repo'
import { usePreferences } from '../../stores/preferences-store'
import { ReviewPage } from './review-page'

function renderReview() {
  return renderWithApp(
    <Route path="/bespreking" nest>
      <ReviewPage />
    </Route>,
    { path: '/bespreking' },
  )
}

describe('a review closed elsewhere while it is on screen here', () => {
  it('says who closed it and when, keeps what was typed and saves it as a plain edit', async () => {
    const a = await addYouth(makeYouthValues({ clientRef: 'K-1', location: 'Atlas' }), 'A')
    await addYouth(makeYouthValues({ clientRef: 'K-2', location: 'Atlas' }), 'A')
    usePreferences.getState().setUserName('Anna')
    const { user } = renderReview()
    await user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
    await screen.findByRole('heading', { level: 2, name: /K-1/ })
    const wonen = screen.getByRole('region', { name: 'Wonen' })
    await user.click(within(wonen).getByRole('button', { name: /toelichting en actie tonen/ }))
    await user.type(within(wonen).getByLabelText('Toelichting'), 'Kamer gezien')

    // Bo closes the review on another laptop (what team sync writes here) while this is typed.
    const [review] = await db.reviews.toArray()
    if (!review) throw new Error('review expected')
    await closeReview(review.id, 'Bo')
    const closedAt = (await getReview(review.id))?.closedAt ?? ''
    const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      `Deze bespreking is om ${time.format(new Date(closedAt))} afgerond door Bo`,
    )
    expect(alert).toHaveTextContent(/bewaard als gewone wijziging van de jongere/)
    // The youth stays on screen with the text; it cannot be marked besproken any more.
    expect(within(wonen).getByLabelText('Toelichting')).toHaveValue('Kamer gezien')
    expect(screen.queryByRole('checkbox', { name: 'Besproken' })).toBeNull()
    expect(screen.queryByRole('button', { name: /Volgende jongere/ })).toBeNull()

    await user.click(screen.getByRole('heading', { level: 2, name: /K-1/ }))
    await waitFor(async () =>
      expect((await getAssessment(a.id, 'wonen'))?.note).toBe('Kamer gezien'),
    )
    const lines = (await auditForYouth(a.id)).filter((e) => e.kind === 'assessment')
    expect(lines.at(-1)?.actor).toBe('Anna')
    // Not counted in the closed review: its items say nothing changed there.
    expect((await reviewItems(review.id)).flatMap((i) => i.changed)).toEqual([])
    expect((await getReview(review.id))?.status).toBe('closed')

    await user.click(within(alert).getByRole('button', { name: 'Afgeronde bespreking bekijken' }))
    expect(
      await screen.findByText(/Deze bespreking is afgerond; de vastgelegde stand/),
    ).toBeVisible()
  })
})
