import { screen, waitFor, within } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { getAssessment, setAssessment } from '../../db/assessments-repo'
import { db } from '../../db/database'
import { addYouth } from '../../db/youths-repo'
import { switchLanguage } from '../../i18n'
import type { AssessmentInput } from '../../domain/types'
import { BoardPage } from '../board/board-page'
import { YouthPage } from './youth-page'

const at = (hour: number) => new Date(2026, 11, 1, hour, 5).toISOString()

/** Two youths; K-001's toelichting on Wonen was changed differently on two laptops. */
async function youthsWithConflict() {
  const youth = await addYouth(makeYouthValues({ clientRef: 'K-001' }), 'Anna')
  await addYouth(makeYouthValues({ clientRef: 'K-002' }), 'Anna')
  const input: AssessmentInput = {
    status: 'rood',
    reasonCodes: [],
    note: 'Kamer gevonden',
    action: '',
    owner: null,
    dueDate: null,
  }
  await setAssessment(youth.id, 'wonen', input, 'Anna')
  await db.youths.update(youth.id, {
    syncConflicts: [
      {
        field: 'assessments.wonen.note',
        values: [
          { value: 'Kamer gevonden', by: 'Anna', at: at(9), rev: '5-f' },
          { value: 'Wacht op urgentie', by: 'Bo', at: at(10), rev: '5-a' },
        ],
      },
    ],
  })
  return youth
}

describe('team-sync conflicts on screen', () => {
  it('marks the youth’s board row with an icon and the word, not colour alone', async () => {
    await youthsWithConflict()
    renderWithApp(<BoardPage />)
    const row = (ref: string) => screen.getByRole('link', { name: ref }).closest('tr')
    await screen.findByRole('link', { name: 'K-001' })
    expect(within(row('K-001') as HTMLElement).getByText('Conflict')).toBeInTheDocument()
    expect(row('K-001')).toHaveTextContent(/Op twee laptops verschillend gewijzigd/)
    expect(within(row('K-002') as HTMLElement).queryByText('Conflict')).toBeNull()
  })

  it('shows both values with who and when, and keeps the value not chosen in the history', async () => {
    const youth = await youthsWithConflict()
    const { user } = renderWithApp(<YouthPage youthId={youth.id} />)
    const section = await screen.findByRole('region', { name: 'Conflicten' })
    const panel = within(section).getByRole('region', { name: 'Wonen — Toelichting' })
    const anna = within(panel).getByRole('radio', {
      name: /^Waarde van Anna \(09:05 op 01-12-2026\)$/,
    })
    expect(anna).toHaveAccessibleDescription('Kamer gevonden')
    const bo = within(panel).getByRole('radio', { name: /^Waarde van Bo \(10:05/ })
    expect(bo).toHaveAccessibleDescription('Wacht op urgentie')

    await user.click(within(panel).getByRole('button', { name: 'Keuze opslaan' }))
    expect(within(panel).getByRole('alert')).toHaveTextContent('Kies bij elk veld')
    // The value on the board stays; the other laptop's text was never in this history before.
    const history = screen.getByRole('region', { name: 'Wijzigingsgeschiedenis' })
    expect(within(history).queryByText('Wacht op urgentie')).toBeNull()
    await user.click(anna)
    await user.click(within(panel).getByRole('button', { name: 'Keuze opslaan' }))

    expect(
      await screen.findByText('Keuze opgeslagen voor Wonen — Toelichting.'),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Conflicten' })).toBeNull())
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({ note: 'Kamer gevonden' })
    expect(await within(history).findByText('Wacht op urgentie')).toBeInTheDocument()
  })

  it('says the same in English', async () => {
    const youth = await youthsWithConflict()
    await switchLanguage('en')
    renderWithApp(<YouthPage youthId={youth.id} />)
    const section = await screen.findByRole('region', { name: 'Conflicts' })
    const panel = within(section).getByRole('region', { name: 'Housing — Note' })
    expect(
      within(panel).getByRole('radio', { name: /^Value by Bo \(10:05/ }),
    ).toHaveAccessibleDescription('Wacht op urgentie')
    expect(within(panel).getByRole('group', { name: 'Which value stays?' })).toBeInTheDocument()
  })
})
