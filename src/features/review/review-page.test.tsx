import { screen, waitFor, within } from '@testing-library/react'
import { Route } from 'wouter'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { makeAssessmentInput } from '../../../test/factories/assessment'
import { getAssessment, setAssessment } from '../../db/assessments-repo'
import { db } from '../../db/database'
import { addYouth, getYouth } from '../../db/youths-repo'
import { ReviewPage } from './review-page'

async function twoYouths() {
  const a = await addYouth(makeYouthValues({ clientRef: 'K-1', location: 'Atlas' }), 'A')
  const b = await addYouth(makeYouthValues({ clientRef: 'K-2', location: 'Atlas' }), 'A')
  return [a, b] as const
}

function renderReview() {
  return renderWithApp(
    <Route path="/bespreking" nest>
      <ReviewPage />
    </Route>,
    { path: '/bespreking' },
  )
}

describe('Bespreking', () => {
  it('starts a review, records a colour in place and moves on with "Volgende jongere"', async () => {
    const [a] = await twoYouths()
    const { user } = renderReview()
    await user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
    const heading = await screen.findByRole('heading', { level: 2, name: /K-1/ })
    // Focus moves to the youth's name, so a screen reader announces who is on screen.
    await waitFor(() => expect(heading).toHaveFocus())
    expect(screen.getByText('0 van 2 besproken')).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: 'Wonen: rood' }))
    await waitFor(async () => expect((await getAssessment(a.id, 'wonen'))?.status).toBe('rood'))
    const wonen = screen.getByRole('region', { name: 'Wonen' })
    expect(await within(wonen).findByText('Gewijzigd')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Volgende jongere/ }))
    expect(await screen.findByRole('heading', { level: 2, name: /K-2/ })).toBeInTheDocument()
    expect(screen.getByText('1 van 2 besproken')).toBeInTheDocument()
  })

  it('refuses to move on while a field is invalid, and keeps what was typed', async () => {
    const [a] = await twoYouths()
    const { user } = renderReview()
    await user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
    await screen.findByRole('heading', { level: 2, name: /K-1/ })
    await user.type(screen.getByLabelText('Beoogde uitstroomdatum'), '31-31-2027')
    await user.click(screen.getByRole('button', { name: /Volgende jongere/ }))
    expect(await screen.findByText(/geen geldige datum/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: /K-1/ })).toBeInTheDocument()
    expect(screen.getByLabelText('Beoogde uitstroomdatum')).toHaveValue('31-31-2027')
    expect((await getYouth(a.id))?.expectedOutflowDate).toBeNull()
  })

  it('lists the youths not discussed before closing, then closes and shows it in the history', async () => {
    const [a, b] = await twoYouths()
    const { user } = renderReview()
    await user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
    await screen.findByRole('heading', { level: 2, name: /K-1/ })
    await user.click(screen.getByRole('checkbox', { name: 'Besproken' }))
    await screen.findByText('1 van 2 besproken')
    await user.click(screen.getByRole('button', { name: 'Bespreking afronden' }))
    const dialog = await screen.findByRole('dialog', { name: 'Bespreking afronden' })
    expect(within(dialog).getByRole('button', { name: 'Ga naar K-2' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Ga naar K-1' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Afronden' }))
    expect(await screen.findByText(/afgerond en vastgelegd/)).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Eerdere besprekingen' })).toBeInTheDocument()
    expect(await db.snapshots.count()).toBe(1)
    expect((await getYouth(a.id))?.lastReviewDate).not.toBeNull()
    expect((await getYouth(b.id))?.lastReviewDate).toBeNull()
  })

  it('does not write back an old text over one saved in another tab while this youth was on screen', async () => {
    const [a] = await twoYouths()
    const { user } = renderReview()
    await user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
    await screen.findByRole('heading', { level: 2, name: /K-1/ })
    const note = makeAssessmentInput({ status: 'oranje', note: 'Tekst van A' })
    await setAssessment(a.id, 'wonen', note, 'Anna', 0)
    // The untouched precondition follows the newer version on screen.
    const wonen = screen.getByRole('region', { name: 'Wonen' })
    expect(await within(wonen).findByText('Tekst van A')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Volgende jongere/ }))
    expect(await screen.findByRole('heading', { level: 2, name: /K-2/ })).toBeInTheDocument()
    expect(await getAssessment(a.id, 'wonen')).toMatchObject({ note: 'Tekst van A', version: 1 })
  })

  it('asks which toelichting to keep when another tab saved one while it was being typed', async () => {
    const [a] = await twoYouths()
    const { user } = renderReview()
    await user.click(await screen.findByRole('button', { name: 'Bespreking starten' }))
    await screen.findByRole('heading', { level: 2, name: /K-1/ })
    await user.click(screen.getByRole('radio', { name: 'Wonen: rood' }))
    await waitFor(async () => expect((await getAssessment(a.id, 'wonen'))?.version).toBe(1))
    const wonen = screen.getByRole('region', { name: 'Wonen' })
    await user.type(within(wonen).getByLabelText('Toelichting'), 'Tekst van B')
    const theirs = makeAssessmentInput({ status: 'rood', note: 'Tekst van A' })
    await setAssessment(a.id, 'wonen', theirs, 'Anna', 1)

    await user.click(screen.getByRole('button', { name: /Volgende jongere/ }))
    const field = await within(wonen).findByRole('group', { name: 'Toelichting' })
    expect(await screen.findByText(/Kies eerst welke versie u bewaart/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: /K-1/ })).toBeInTheDocument()
    expect((await getAssessment(a.id, 'wonen'))?.note).toBe('Tekst van A')

    await user.click(within(field).getByRole('radio', { name: /Nieuwere versie/ }))
    await user.click(within(wonen).getByRole('button', { name: 'Keuze opslaan' }))
    await waitFor(() =>
      expect(within(wonen).queryByRole('group', { name: 'Toelichting' })).toBeNull(),
    )
    await user.click(screen.getByRole('button', { name: /Volgende jongere/ }))
    expect(await screen.findByRole('heading', { level: 2, name: /K-2/ })).toBeInTheDocument()
    expect((await getAssessment(a.id, 'wonen'))?.note).toBe('Tekst van A')
  })
})
