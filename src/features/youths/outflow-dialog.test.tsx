import { screen, within } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { addYouth, getYouth } from '../../db/youths-repo'
import { OutflowDialog } from './outflow-dialog'

async function openFor() {
  const youth = await addYouth(
    makeYouthValues({ clientRef: 'K-321', perspective: 'kamertraining' }),
    'A',
  )
  const onClose = vi.fn()
  const view = renderWithApp(<OutflowDialog youthId={youth.id} onClose={onClose} />)
  const dialog = await screen.findByRole('dialog', { name: /Uitstroom registreren — K-321/ })
  return { ...view, youth, onClose, dialog: within(dialog) }
}

describe('OutflowDialog', () => {
  it('starts from the perspectief and names the missing reden at its field', async () => {
    const { user, youth, dialog, onClose } = await openFor()
    expect(dialog.getByLabelText(/^Bestemming/)).toHaveValue('kamertraining')
    await user.click(dialog.getByRole('button', { name: 'Uitstroom registreren' }))
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Reden beëindiging (CBS): Vul dit veld in.',
    )
    const reason = dialog.getByLabelText(/^Reden beëindiging/)
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    expect(reason).toHaveAccessibleDescription('Vul dit veld in.')
    await vi.waitFor(() => expect(reason).toHaveFocus())
    expect(onClose).not.toHaveBeenCalled()
    expect((await getYouth(youth.id))?.outflow).toBeFalsy()
  })

  it('registers the outflow with the chosen bestemming and reden', async () => {
    const { user, youth, dialog, onClose } = await openFor()
    await user.selectOptions(dialog.getByLabelText(/^Bestemming/), 'pleeggezin')
    await user.selectOptions(dialog.getByLabelText(/^Reden beëindiging/), '01')
    await user.click(dialog.getByRole('button', { name: 'Uitstroom registreren' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled())
    expect((await getYouth(youth.id))?.outflow).toMatchObject({
      destination: 'pleeggezin',
      reason: '01',
    })
    expect(await screen.findByText('Uitstroom van K-321 geregistreerd.')).toBeInTheDocument()
  })
})
