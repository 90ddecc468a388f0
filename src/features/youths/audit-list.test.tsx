import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { makeAssessmentInput } from '../../../test/factories/assessment'
import { makeSettings } from '../../../test/factories/settings'
import { makeYouthValues } from '../../../test/factories/youth'
import { Notices } from '../../app/notices'
import { setAssessment } from '../../db/assessments-repo'
import { auditForYouth } from '../../db/audit-repo'
import { addYouth, updateYouth } from '../../db/youths-repo'
import { AuditList } from './audit-list'

const LONG = `Wacht op een plek bij kamertraining. ${'Veel overleg met de woningcorporatie. '.repeat(6)}Einde.`

async function renderHistory() {
  const youth = await addYouth(makeYouthValues({ caseOwner: 'A. Bakker' }), 'A')
  await setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: LONG }), 'Anna', 0)
  await setAssessment(
    youth.id,
    'wonen',
    makeAssessmentInput({ note: 'Kort', action: 'Bellen', owner: 'gemeente' }),
    'Bram',
    1,
  )
  await updateYouth(youth.id, makeYouthValues({ caseOwner: 'B. Jansen' }), 'Bram', 1)
  const settings = makeSettings()
  const user = userEvent.setup()
  render(
    <>
      <AuditList
        entries={await auditForYouth(youth.id)}
        preconditions={settings.preconditions}
        reasonCodes={settings.reasonCodes}
      />
      <Notices />
    </>,
  )
  return { user }
}

/** The history line that overwrote the long toelichting (newest first: the second change). */
const overwrite = () => screen.getAllByRole('listitem')[1] as HTMLElement

describe('AuditList', () => {
  it('shows the old and the new toelichting, actie and eigenaar of an assessment change', async () => {
    await renderHistory()
    const line = within(overwrite())
    expect(line.getByText('Wonen (oranje) bijgewerkt')).toBeInTheDocument()
    const note = line.getByText('toelichting').nextElementSibling as HTMLElement
    expect(note).toHaveTextContent(/oud: Wacht op een plek bij kamertraining\..*→.*nieuw: Kort/)
    expect(line.getByText('actie').nextElementSibling).toHaveTextContent(
      'oud: (leeg) → nieuw: Bellen',
    )
    expect(line.getByText('eigenaar').nextElementSibling).toHaveTextContent(
      'oud: (leeg) → nieuw: Gemeente',
    )
  })

  it('folds a long old text and shows it whole with "toon alles"', async () => {
    const { user } = await renderHistory()
    const line = within(overwrite())
    expect(line.queryByText(/Einde\./)).toBeNull()
    await user.click(line.getByRole('button', { name: 'toon alles' }))
    expect(line.getByText(/Einde\./)).toBeInTheDocument()
    expect(line.getByRole('button', { name: 'toon minder' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  it('copies the old text with "kopieer", so it can be put back', async () => {
    const { user } = await renderHistory()
    await user.click(
      within(overwrite()).getByRole('button', { name: 'Kopieer de oude toelichting' }),
    )
    expect(await navigator.clipboard.readText()).toBe(LONG)
    expect(await screen.findByText('Oude toelichting gekopieerd.')).toBeInTheDocument()
  })

  it('shows the old and new value of a changed youth field', async () => {
    await renderHistory()
    const line = within(screen.getAllByRole('listitem')[0] as HTMLElement)
    expect(line.getByText('Gegevens gewijzigd: regiebehandelaar')).toBeInTheDocument()
    const caseOwner = line.getByText('regiebehandelaar').nextElementSibling as HTMLElement
    expect(caseOwner).toHaveTextContent(/^oud: A\. Bakker.*→ nieuw: B\. Jansen$/)
    expect(
      within(caseOwner).getByRole('button', { name: 'Kopieer de oude regiebehandelaar' }),
    ).toBeInTheDocument()
  })
})
