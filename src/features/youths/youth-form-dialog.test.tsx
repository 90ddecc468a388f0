import { screen, waitFor, within } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { addYouth, getYouth, updateYouth } from '../../db/youths-repo'
import { YouthFormDialog } from './youth-form-dialog'

async function openNew() {
  const onClose = vi.fn()
  const view = renderWithApp(<YouthFormDialog youthId={null} onClose={onClose} />)
  const dialog = await screen.findByRole('dialog', { name: 'Jongere toevoegen' })
  return { ...view, onClose, dialog: within(dialog) }
}

describe('YouthFormDialog', () => {
  it('lists every missing required field in Dutch and saves nothing', async () => {
    const { user, dialog, onClose } = await openNew()
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    const summary = await dialog.findByRole('alert')
    expect(summary).toHaveTextContent('Er zijn 5 velden niet goed ingevuld.')
    for (const label of [
      'Cliëntnummer',
      'Geboortedatum',
      'Gemeente',
      'Verblijfsvorm',
      'Plaatsingsdatum',
    ])
      expect(summary).toHaveTextContent(`${label}: Vul dit veld in.`)
    // The form moves focus to the first wrong field right after it shows the summary.
    await waitFor(() => expect(dialog.getByLabelText(/^Cliëntnummer/)).toHaveFocus())
    expect(onClose).not.toHaveBeenCalled()
    expect(await db.youths.count()).toBe(0)
  })

  it('refuses a BSN with a message at the cliëntnummer', async () => {
    const { user, dialog } = await openNew()
    await user.type(dialog.getByLabelText(/^Cliëntnummer/), '111222333')
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    expect(await dialog.findAllByText(/Dit lijkt een BSN/)).not.toHaveLength(0)
  })

  it('adds a youth typed the Dutch way, resolving "Den Haag" to its CBS code', async () => {
    const { user, dialog, onClose } = await openNew()
    await user.type(dialog.getByLabelText(/^Cliëntnummer/), 'K-100')
    await user.type(dialog.getByLabelText(/^Geboortedatum/), '14-3-2009')
    await user.type(dialog.getByLabelText(/^Gemeente/), 'Den Haag')
    expect(dialog.getByText(/'s-Gravenhage \(GM0518\)/)).toBeInTheDocument()
    await user.selectOptions(dialog.getByLabelText(/^Verblijfsvorm/), 'gezinshuis')
    await user.type(dialog.getByLabelText(/^Plaatsingsdatum/), '06012025')
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(await db.youths.where('clientRef').equals('K-100').first()).toMatchObject({
      birthDate: '2009-03-14',
      placementDate: '2025-01-06',
      municipalityCode: 'GM0518',
      jeugdregio: 'Haaglanden',
    })
  })

  it('asks for the GI when a maatregel is chosen', async () => {
    const { user, dialog } = await openNew()
    await user.selectOptions(dialog.getByLabelText(/^Maatregel/), 'ots')
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    expect(
      await dialog.findAllByText('Vul de naam van de GI in bij een maatregel.'),
    ).not.toHaveLength(0)
  })

  it('shows and edits the general note on the youth (e.g. remarks from an import)', async () => {
    const youth = await addYouth(makeYouthValues({ note: 'Wacht op plek.' }), 'A')
    const onClose = vi.fn()
    const { user } = renderWithApp(<YouthFormDialog youthId={youth.id} onClose={onClose} />)
    const dialog = within(await screen.findByRole('dialog', { name: /bewerken/ }))
    const note = dialog.getByLabelText(/^Notitie/)
    expect(note).toHaveValue('Wacht op plek.')
    await user.clear(note)
    await user.type(note, 'Plek gevonden per 1 maart.')
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect((await db.youths.get(youth.id))?.note).toBe('Plek gevonden per 1 maart.')
  })
})

describe('YouthFormDialog editing a youth another tab changed meanwhile', () => {
  async function openEdit() {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-200', caseOwner: 'Eerst' }), 'A')
    const onClose = vi.fn()
    const view = renderWithApp(<YouthFormDialog youthId={youth.id} onClose={onClose} />)
    const dialog = within(await screen.findByRole('dialog', { name: /K-200/ }))
    // Another tab saves a new regiebehandelaar while this form is open.
    await updateYouth(
      youth.id,
      makeYouthValues({ clientRef: 'K-200', caseOwner: 'Anna' }),
      'Anna',
      1,
    )
    return { ...view, youth, onClose, dialog }
  }

  it("stores this form's change and keeps the other tab's, saying so", async () => {
    const { user, dialog, youth, onClose } = await openEdit()
    await user.clear(dialog.getByLabelText(/^Locatie/))
    await user.type(dialog.getByLabelText(/^Locatie/), 'De Eik')
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(await getYouth(youth.id)).toMatchObject({ location: 'De Eik', caseOwner: 'Anna' })
    expect(await screen.findByText(/daaruit behouden: regiebehandelaar/)).toBeInTheDocument()
  })

  it('asks which regiebehandelaar to keep when both changed it', async () => {
    const { user, dialog, youth } = await openEdit()
    await user.clear(dialog.getByLabelText(/^Regiebehandelaar/))
    await user.type(dialog.getByLabelText(/^Regiebehandelaar/), 'Bram')
    await user.click(dialog.getByRole('button', { name: 'Opslaan' }))
    const field = await dialog.findByRole('group', { name: 'Regiebehandelaar of mentor' })
    expect(within(field).getByRole('radio', { name: /Nieuwere versie \(door Anna/ })).toBeVisible()
    expect((await getYouth(youth.id))?.caseOwner).toBe('Anna')
    await user.click(within(field).getByRole('radio', { name: 'Uw versie' }))
    await user.click(dialog.getByRole('button', { name: 'Keuze opslaan' }))
    await vi.waitFor(async () => expect((await getYouth(youth.id))?.caseOwner).toBe('Bram'))
  })
})
