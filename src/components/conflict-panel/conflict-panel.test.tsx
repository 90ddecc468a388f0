import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConflictPanel, SyncConflictPanel, type ConflictField } from './conflict-panel'

const fields: ConflictField[] = [
  { field: 'note', label: 'Toelichting', mine: 'Tekst van B', theirs: 'Tekst van A' },
  { field: 'owner', label: 'Eigenaar', mine: 'Gemeente', theirs: '' },
]

function renderPanel() {
  const onSave = vi.fn()
  const user = userEvent.setup()
  // Today at 14:05 local time, so the moment reads as a time only.
  const at = new Date()
  at.setHours(14, 5, 0, 0)
  render(
    <ConflictPanel
      fields={fields}
      lastChange={{ actor: 'Anna', at: at.toISOString() }}
      onSave={onSave}
      onBack={vi.fn()}
    />,
  )
  return { onSave, user }
}

describe('ConflictPanel', () => {
  it('shows both versions of every conflicting field, naming who saved the newer one and when', () => {
    renderPanel()
    const note = screen.getByRole('group', { name: 'Toelichting' })
    expect(within(note).getByRole('radio', { name: 'Uw versie' })).toHaveAccessibleDescription(
      'Tekst van B',
    )
    expect(
      within(note).getByRole('radio', { name: 'Nieuwere versie (door Anna om 14:05)' }),
    ).toHaveAccessibleDescription('Tekst van A')
    // An emptied field says so instead of showing nothing.
    const owner = screen.getByRole('group', { name: 'Eigenaar' })
    expect(within(owner).getByText('(leeg)')).toBeInTheDocument()
  })

  it('saves nothing until a version is chosen for every field', async () => {
    const { onSave, user } = renderPanel()
    await user.click(
      within(screen.getByRole('group', { name: 'Toelichting' })).getByRole('radio', {
        name: /Nieuwere versie/,
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Keuze opslaan' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Kies bij elk veld welke versie u bewaart.')
    expect(onSave).not.toHaveBeenCalled()

    await user.click(
      within(screen.getByRole('group', { name: 'Eigenaar' })).getByRole('radio', {
        name: 'Uw versie',
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Keuze opslaan' }))
    expect(onSave).toHaveBeenCalledWith({ note: 'theirs', owner: 'mine' })
  })

  it('takes focus when it appears, so the user hears that a choice is needed', () => {
    renderPanel()
    expect(
      screen.getByRole('heading', { name: 'Intussen door iemand anders gewijzigd' }),
    ).toHaveFocus()
  })
})

describe('SyncConflictPanel', () => {
  it('offers every laptop’s value of one field and hands back the one chosen, leaving focus be', async () => {
    const onSave = vi.fn()
    const user = userEvent.setup()
    const options = [
      { label: 'Waarde van Anna (09:05)', value: 'Noord' },
      { label: 'Waarde van Bo (10:05)', value: 'Zuid' },
      { label: 'Waarde van Carla (11:05)', value: '' },
    ]
    render(
      <SyncConflictPanel
        field="details.location"
        label="Locatie"
        options={options}
        onSave={onSave}
      />,
    )
    const panel = screen.getByRole('region', { name: 'Locatie' })
    expect(panel).not.toContainElement(document.activeElement as HTMLElement)
    const labels = within(panel)
      .getAllByRole('radio')
      .map((r) => r.closest('label')?.textContent)
    expect(labels).toEqual(options.map((o) => o.label))
    expect(within(panel).getByRole('radio', { name: /Carla/ })).toHaveAccessibleDescription(
      '(leeg)',
    )
    await user.click(within(panel).getByRole('radio', { name: /Bo/ }))
    await user.click(within(panel).getByRole('button', { name: 'Keuze opslaan' }))
    expect(onSave).toHaveBeenCalledWith(1)
  })
})
