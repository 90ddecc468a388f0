import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { renderWithApp } from '../../../test/render'
import { getSettings } from '../../db/settings-repo'
import { SettingsPage } from './settings-page'

/** Pasting gives the field its text in one input event: typing into this large form is slow in jsdom. */
async function enter(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(text)
}

async function openSection() {
  const app = renderWithApp(<SettingsPage />)
  const heading = await screen.findByRole('heading', { name: 'Gemeente-overzicht' })
  const section = within(heading.closest('section') as HTMLElement)
  return { ...app, section }
}

describe('Instellingen › Gemeente-overzicht', () => {
  it('saves the own jeugdregio and "Alleen het Gemeente-overzicht tonen"', async () => {
    const { user, section } = await openSection()
    await user.selectOptions(
      section.getByLabelText('Eigen gemeente of jeugdregio'),
      'Jeugdregio Haaglanden',
    )
    await user.click(section.getByRole('checkbox', { name: 'Alleen het Gemeente-overzicht tonen' }))
    await user.click(screen.getByText('Opslaan'))

    expect(await screen.findByText('Instellingen opgeslagen.')).toBeInTheDocument()
    expect((await getSettings()).municipal).toMatchObject({
      municipalScope: { kind: 'regio', name: 'Haaglanden' },
      hideProviderScreens: true,
    })
  })

  it('saves the ronde rhythm and tariffs typed with a Dutch decimal comma', async () => {
    const { user, section } = await openSection()
    await enter(user, section.getByLabelText('Weken tussen twee rondes'), '4')
    await enter(user, section.getByLabelText('Dagtarief Gezinshuis'), '245,50')
    await enter(user, section.getByLabelText('Dagtarief Pleegzorg'), '€ 1.080')
    await user.click(screen.getByText('Opslaan'))

    expect(await screen.findByText('Instellingen opgeslagen.')).toBeInTheDocument()
    expect((await getSettings()).municipal).toEqual({
      municipalScope: { kind: 'all' },
      rondeAnchorDate: '2026-01-05',
      rondeWeeks: 4,
      rondeWindowWeeks: 6,
      dailyTariffs: { gezinshuis: 245.5, pleegzorg: 1080 },
      hideProviderScreens: false,
    })
  })

  it('refuses a negative tariff and too many weeks with Dutch messages naming the field, saving nothing', async () => {
    const { user, section } = await openSection()
    await enter(user, section.getByLabelText('Dagtarief Gezinshuis'), '-12')
    await enter(user, section.getByLabelText('Dagtarief Crisisopvang'), '99,999')
    await enter(
      user,
      section.getByLabelText('Bestanden tellen mee tot zoveel weken vóór de ronde'),
      '30',
    )
    await user.click(screen.getByText('Opslaan'))

    expect(
      await section.findByText(/^Dagtarief Gezinshuis: vul een bedrag in euro in van 0 of meer/),
    ).toBeInTheDocument()
    expect(
      section.getByText(/^Dagtarief Crisisopvang: .*hoogstens 2 cijfers achter de komma/),
    ).toBeInTheDocument()
    expect(
      section.getByText('Weken vóór de ronde: kies 1 tot en met 26 weken.'),
    ).toBeInTheDocument()
    expect(section.getByLabelText('Dagtarief Gezinshuis')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByText('Instellingen opgeslagen.')).not.toBeInTheDocument()
    expect((await getSettings()).municipal.dailyTariffs).toEqual({})
  })

  it('Annuleren puts the typed tariff back to what is stored', async () => {
    const { user, section } = await openSection()
    const tariff = section.getByLabelText('Dagtarief Gezinshuis')
    await enter(user, tariff, '100')
    await user.click(screen.getByRole('button', { name: 'Annuleren' }))
    await waitFor(() => expect(tariff).toHaveValue(''))
  })

  it('still saves the other settings with it, as before', async () => {
    const { user } = await openSection()
    await enter(user, screen.getByLabelText('Naam zorgaanbieder'), 'Zorg B.V.')
    await user.click(screen.getByText('Opslaan'))
    expect(await screen.findByText('Instellingen opgeslagen.')).toBeInTheDocument()
    const stored = await getSettings()
    expect(stored.providerName).toBe('Zorg B.V.')
    expect(stored.municipal.rondeWeeks).toBe(6)
  })
})
