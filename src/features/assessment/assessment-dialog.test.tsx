import { screen, within } from '@testing-library/react'
import { makeAssessmentInput } from '../../../test/factories/assessment'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { getAssessment, setAssessment } from '../../db/assessments-repo'
import { failNextWrite } from '../../db/fault-injection'
import { addYouth } from '../../db/youths-repo'
import { addDaysIso, formatDutchDate, todayIso } from '../../domain/dates'
import { AssessmentDialog } from './assessment-dialog'

async function openFor(preconditionId = 'wonen') {
  const youth = await addYouth(makeYouthValues({ clientRef: 'K-777' }), 'A')
  const onClose = vi.fn()
  const view = renderWithApp(
    <AssessmentDialog youthId={youth.id} preconditionId={preconditionId} onClose={onClose} />,
  )
  await screen.findByRole('dialog', { name: /Wonen — K-777/ })
  return { ...view, youth, onClose }
}

describe('AssessmentDialog', () => {
  it('saves "Wonen: rood" with a knelpunt, action and eigenaar', async () => {
    const { user, youth, onClose } = await openFor()
    await user.click(screen.getByRole('radio', { name: 'Wonen: rood' }))
    await user.click(screen.getByRole('checkbox', { name: /WON-2/ }))
    await user.type(screen.getByLabelText('Actie (volgende stap)'), 'Aanmelden kamertraining')
    await user.selectOptions(screen.getByLabelText('Eigenaar (wie moet handelen)'), 'gemeente')
    await user.type(screen.getByLabelText('Streefdatum'), '15-12-2026')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({
      status: 'rood',
      reasonCodes: ['WON-2'],
      action: 'Aanmelden kamertraining',
      owner: 'gemeente',
      dueDate: '2026-12-15',
    })
    expect(await screen.findByText(/K-777 Wonen: rood opgeslagen/)).toBeInTheDocument()
  })

  it('says inside the dialog that a save on a full disk failed, and keeps what was typed', async () => {
    const { user, youth, onClose } = await openFor()
    const dialog = screen.getByRole('dialog', { name: /Wonen — K-777/ })
    await user.click(within(dialog).getByRole('radio', { name: 'Wonen: rood' }))
    await user.type(within(dialog).getByLabelText('Toelichting'), 'Geen kamer')
    failNextWrite('quota', 'youths')
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/De opslag is vol/)
    expect(onClose).not.toHaveBeenCalled()
    expect(within(dialog).getByLabelText('Toelichting')).toHaveValue('Geen kamer')
    expect(await getAssessment(youth.id, 'wonen')).toBeUndefined()
  })

  it('shows the criteria of the chosen colour', async () => {
    const { user } = await openFor()
    await user.click(screen.getByRole('radio', { name: 'Wonen: oranje' }))
    expect(screen.getByText(/Vervolgplek in beeld of aangevraagd/)).toBeInTheDocument()
  })

  it('sets a status with a letter key and saves with Ctrl+Enter', async () => {
    const { user, youth, onClose } = await openFor()
    screen.getByRole('radio', { name: 'Wonen: onbekend' }).focus()
    await user.keyboard('g')
    expect(screen.getByRole('radio', { name: 'Wonen: groen' })).toBeChecked()
    await user.keyboard('{Control>}{Enter}{/Control}')
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect((await getAssessment(youth.id, 'wonen'))?.status).toBe('groen')
  })

  it('does not treat letters typed in the toelichting as shortcuts', async () => {
    const { user } = await openFor()
    await user.type(screen.getByLabelText('Toelichting'), 'rood of groen')
    expect(screen.getByRole('radio', { name: 'Wonen: onbekend' })).toBeChecked()
  })

  it('asks for a toelichting with knelpunt OVR and saves nothing until then', async () => {
    const { user, youth, onClose } = await openFor()
    await user.click(screen.getByRole('checkbox', { name: /OVR/ }))
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(
      await screen.findAllByText('Bij knelpunt OVR (overig) is een toelichting verplicht.'),
    ).not.toHaveLength(0)
    expect(screen.getByLabelText('Toelichting')).toHaveAttribute('aria-invalid', 'true')
    expect(onClose).not.toHaveBeenCalled()
    expect(await getAssessment(youth.id, 'wonen')).toBeUndefined()
  })

  it('suggests a streefdatum six weeks ahead, never a date gone by', async () => {
    await openFor()
    const example = formatDutchDate(addDaysIso(todayIso(), 42))
    expect(screen.getByLabelText('Streefdatum')).toHaveAccessibleDescription(
      `Bijvoorbeeld ${example}`,
    )
  })

  it('names an impossible streefdatum', async () => {
    const { user, onClose } = await openFor()
    await user.type(screen.getByLabelText('Streefdatum'), '31-02-2026')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(
      await screen.findAllByText('Dit is geen geldige datum. Gebruik dd-mm-jjjj.'),
    ).not.toHaveLength(0)
    expect(onClose).not.toHaveBeenCalled()
  })
})

describe('AssessmentDialog opened before another tab saved', () => {
  async function openedThenChanged() {
    const view = await openFor()
    // Another tab saves a toelichting (status left as it was) while this dialog is open.
    const note = makeAssessmentInput({ status: 'onbekend', note: 'Tekst van A' })
    await setAssessment(view.youth.id, 'wonen', note, 'Anna', 0)
    return view
  }

  it("saves only the colour picked here and keeps the other tab's text, saying so", async () => {
    const { user, youth, onClose } = await openedThenChanged()
    await user.click(screen.getByRole('radio', { name: 'Wonen: rood' }))
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({
      status: 'rood',
      note: 'Tekst van A',
    })
    expect(
      await screen.findByText(
        'Opgeslagen en samengevoegd met een nieuwere versie van Anna; daaruit behouden: toelichting.',
      ),
    ).toBeInTheDocument()
  })

  it('asks which toelichting to keep when both changed it, and stores the choice', async () => {
    const { user, youth, onClose } = await openedThenChanged()
    await user.type(screen.getByLabelText('Toelichting'), 'Tekst van B')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    const field = await screen.findByRole('group', { name: 'Toelichting' })
    // Nothing stored yet: the other tab's text is still there.
    expect((await getAssessment(youth.id, 'wonen'))?.note).toBe('Tekst van A')
    await user.click(within(field).getByRole('radio', { name: 'Uw versie' }))
    await user.click(screen.getByRole('button', { name: 'Keuze opslaan' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect((await getAssessment(youth.id, 'wonen'))?.note).toBe('Tekst van B')
  })
})
