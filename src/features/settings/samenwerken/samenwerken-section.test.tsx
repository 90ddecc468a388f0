import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../../../test/render'
import type { ConnectOutcome, SyncApi, SyncErrorReason } from '../../../domain/sync/types'
import { switchLanguage } from '../../../i18n'
import { useSyncStore } from '../../../stores/sync-store'
import { SamenwerkenSection } from './samenwerken-section'

const CONNECTION = { team: 'demo', username: 'anna', connectedAt: '2026-12-06T10:00:00.000Z' }

/** A stand-in for the sync chunk: what the screen asks of it, answered as the test says. */
function fakeApi(outcomes: Partial<Record<keyof SyncApi, ConnectOutcome>> = {}) {
  const connected = (): Promise<ConnectOutcome> => {
    useSyncStore.setState({ connection: CONNECTION, state: { kind: 'syncing' } })
    return Promise.resolve({ kind: 'connected' })
  }
  const answer = (name: keyof SyncApi) => () => {
    const outcome = outcomes[name]
    return outcome ? Promise.resolve(outcome) : connected()
  }
  return {
    connect: vi.fn<SyncApi['connect']>(answer('connect')),
    chooseFirstConnection: vi.fn<SyncApi['chooseFirstConnection']>(answer('chooseFirstConnection')),
    login: vi.fn<SyncApi['login']>(answer('login')),
    resume: vi.fn<SyncApi['resume']>(() => Promise.resolve()),
    disconnect: vi.fn<SyncApi['disconnect']>(() => {
      useSyncStore.setState({ connection: null, state: { kind: 'off' } })
      return Promise.resolve()
    }),
  }
}

function renderSection(api: SyncApi, onBackup = vi.fn(() => Promise.resolve())) {
  const rendered = renderWithApp(
    <SamenwerkenSection loadApi={() => Promise.resolve(api)} onBackup={onBackup} />,
  )
  return { ...rendered, onBackup }
}

const section = () => screen.getByRole('region', { name: 'Samenwerken' })

async function fillIn(user: ReturnType<typeof renderSection>['user'], team = 'demo') {
  await user.type(screen.getByRole('textbox', { name: 'Team' }), team)
  await user.type(screen.getByLabelText(/^Gebruikersnaam/), 'anna')
  await user.type(screen.getByLabelText(/^Wachtwoord( \*)?$/), 'demo-anna')
}

describe('Instellingen › Samenwerken, not connected', () => {
  it('names every missing field and asks the server nothing', async () => {
    const api = fakeApi()
    const { user } = renderSection(api)
    await user.click(within(section()).getByRole('button', { name: 'Verbinden' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Er zijn 3 velden niet goed ingevuld.')
    expect(summary).toHaveTextContent('Team: Vul de naam van het team in.')
    expect(summary).toHaveTextContent('Gebruikersnaam: Vul uw gebruikersnaam in.')
    expect(summary).toHaveTextContent('Wachtwoord: Vul uw wachtwoord in.')
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Team' })).toHaveFocus())
    expect(api.connect).not.toHaveBeenCalled()
  })

  it('refuses a team name that is no database name, naming the field', async () => {
    const api = fakeApi()
    const { user } = renderSection(api)
    await fillIn(user, 'Team Noord')
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Team: Gebruik alleen kleine letters.',
    )
    expect(screen.getByRole('textbox', { name: 'Team' })).toHaveAttribute('aria-invalid', 'true')
    expect(api.connect).not.toHaveBeenCalled()
  })

  it('connects, forgets the password and shows team, user and state', async () => {
    const api = fakeApi()
    const { user } = renderSection(api)
    await fillIn(user, ' demo ')
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    expect(api.connect).toHaveBeenCalledWith({
      team: 'demo',
      username: 'anna',
      password: 'demo-anna',
    })
    expect(await screen.findByText('Verbonden met team demo.')).toBeInTheDocument()
    const facts = within(section()).getAllByRole('definition')
    expect(facts.map((d) => d.textContent)).toEqual(['demo', 'anna', 'Bezig'])
    expect(screen.queryByLabelText(/^Wachtwoord( \*)?$/)).toBeNull()
  })

  it.each<[SyncErrorReason, RegExp]>([
    ['login', /de gebruikersnaam of het wachtwoord klopt niet/],
    ['forbidden', /geen toegang tot dit team/],
    ['unreachable', /De server is niet bereikbaar/],
    ['refused', /De server weigerde gegevens/],
    ['newer-layout', /werk de app bij/],
    ['disk-full', /De opslag van deze browser is vol/],
  ])('says in Dutch why connecting failed (%s) and keeps what was typed', async (reason, text) => {
    const api = fakeApi({ connect: { kind: 'error', reason } })
    const { user } = renderSection(api)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(text)
    expect(screen.getByRole('textbox', { name: 'Team' })).toHaveValue('demo')
    expect(screen.getByLabelText(/^Gebruikersnaam/)).toHaveValue('anna')
    expect(useSyncStore.getState().connection).toBeNull()
  })

  it("shows the server's reason for a refused record", async () => {
    const detail = 'malformed: een jongere zonder cliëntnummer'
    const api = fakeApi({ connect: { kind: 'error', reason: 'refused', detail } })
    const { user } = renderSection(api)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(`Reden van de server: ${detail}`)
  })
})

describe('the first connection of a browser with data to a team with data', () => {
  const choose: ConnectOutcome = {
    kind: 'choose',
    choice: { localYouths: 60, teamYouths: 1200, onBoth: ['C-0001', 'C-0002'] },
  }

  it('shows both counts and the cliëntnummers on both sides, then merges when asked', async () => {
    const api = fakeApi({ connect: choose })
    const { user } = renderSection(api)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    const dialog = await screen.findByRole('dialog', { name: 'Dit team heeft al gegevens' })
    expect(dialog).toHaveTextContent('In deze browser60 jongeren')
    expect(dialog).toHaveTextContent('Bij het team1.200 jongeren')
    expect(dialog).toHaveTextContent('2 cliëntnummers komen aan beide kanten voor:')
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['C-0001', 'C-0002'])
    await user.click(
      within(dialog).getByRole('button', { name: 'Mijn gegevens toevoegen aan het team' }),
    )
    expect(api.chooseFirstConnection).toHaveBeenCalledWith('merge')
    expect(await screen.findByText('Verbonden met team demo.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('offers a back-up before the team data replaces this browser’s', async () => {
    const api = fakeApi({ connect: choose })
    const { user, onBackup } = renderSection(api)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(
      within(dialog).getByRole('button', { name: 'Gegevens van het team overnemen' }),
    )
    expect(api.chooseFirstConnection).not.toHaveBeenCalled()
    expect(dialog).toHaveTextContent('Alles wat nu in deze browser staat, wordt vervangen.')
    await user.click(within(dialog).getByRole('button', { name: 'Eerst een back-up maken' }))
    expect(onBackup).toHaveBeenCalledOnce()
    await user.click(
      within(dialog).getByRole('button', { name: 'Ja, vervang de gegevens in deze browser' }),
    )
    expect(api.chooseFirstConnection).toHaveBeenCalledWith('replace')
  })

  it('mixes nothing when the user does not choose', async () => {
    const api = fakeApi({ connect: choose })
    const { user } = renderSection(api)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Verbinden' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Nog niet verbinden' }))
    expect(api.chooseFirstConnection).not.toHaveBeenCalled()
    await waitFor(() => expect(api.disconnect).toHaveBeenCalledOnce())
    expect(screen.getByRole('button', { name: 'Verbinden' })).toBeInTheDocument()
  })
})

describe('Instellingen › Samenwerken, connected', () => {
  it('asks for the password again when the session expired, and says when it is wrong', async () => {
    useSyncStore.setState({
      connection: CONNECTION,
      state: { kind: 'error', reason: 'login', waiting: 2 },
    })
    const api = fakeApi({ login: { kind: 'error', reason: 'login' } })
    const { user } = renderSection(api)
    const form = screen.getByRole('form', { name: 'Opnieuw inloggen' })
    expect(form).toHaveTextContent('Vul het wachtwoord van anna opnieuw in')
    await user.click(within(form).getByRole('button', { name: 'Opnieuw inloggen' }))
    expect(within(form).getByText('Vul uw wachtwoord in.')).toBeInTheDocument()
    expect(api.login).not.toHaveBeenCalled()
    await user.type(within(form).getByLabelText(/^Wachtwoord( \*)?$/), 'fout')
    await user.click(within(form).getByRole('button', { name: 'Opnieuw inloggen' }))
    expect(api.login).toHaveBeenCalledWith('fout')
    expect(await within(form).findByRole('alert')).toHaveTextContent('klopt niet')
  })

  it('explains a stopped sync in words next to the state', () => {
    useSyncStore.setState({
      connection: CONNECTION,
      state: { kind: 'error', reason: 'forbidden', waiting: 0 },
    })
    renderSection(fakeApi())
    expect(section()).toHaveTextContent('Fout — geen rechten voor dit team')
    expect(section()).toHaveTextContent(
      /Vraag de beheerder van de server om toegang; intussen werkt de app gewoon door/,
    )
    expect(screen.queryByRole('form', { name: 'Opnieuw inloggen' })).toBeNull()
  })

  it('says why sync waits for the team key, and names a sealed record that did not open', () => {
    useSyncStore.setState({
      connection: CONNECTION,
      state: { kind: 'waiting', reason: 'team-key', waiting: 0 },
    })
    const { unmount } = renderSection(fakeApi())
    expect(section()).toHaveTextContent('Wacht — open de teamsleutel')
    expect(section()).toHaveTextContent(/tot dan wordt er niets leesbaar gemaakt/)
    unmount()
    useSyncStore.setState({
      connection: CONNECTION,
      state: { kind: 'error', reason: 'sealed', detail: 'youth:y2', waiting: 0 },
    })
    renderSection(fakeApi())
    expect(section()).toHaveTextContent(/onderweg gewijzigd of verplaatst/)
    expect(section()).toHaveTextContent('Record: youth:y2')
  })

  it('disconnects only after confirming, keeping the local data', async () => {
    useSyncStore.setState({ connection: CONNECTION, state: { kind: 'offline', waiting: 0 } })
    const api = fakeApi()
    const { user } = renderSection(api)
    await user.click(screen.getByRole('button', { name: 'Verbinding verbreken' }))
    let dialog = screen.getByRole('dialog', { name: 'Verbinding met het team verbreken?' })
    expect(dialog).toHaveTextContent('De gegevens in deze browser blijven staan.')
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }))
    expect(api.disconnect).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Verbinding verbreken' }))
    dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Verbinding verbreken' }))
    expect(api.disconnect).toHaveBeenCalledOnce()
    expect(await screen.findByText(/De verbinding is verbroken/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Verbinden' })).toBeInTheDocument()
  })

  it('shows the section in English', async () => {
    await switchLanguage('en')
    useSyncStore.setState({ connection: CONNECTION, state: { kind: 'offline', waiting: 5 } })
    renderSection(fakeApi())
    const region = screen.getByRole('region', { name: 'Team sync' })
    expect(region).toHaveTextContent('Offline — 5 changes waiting')
    expect(within(region).getByRole('button', { name: 'Disconnect' })).toBeInTheDocument()
    expect(await within(region).findByText('No open conflicts')).toBeInTheDocument()
  })
})
