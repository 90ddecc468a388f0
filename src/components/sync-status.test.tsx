import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SyncErrorReason, SyncState, SyncWaitReason } from '../domain/sync/types'
import { switchLanguage } from '../i18n'
import { SyncStatus } from './sync-status'

const group = () => screen.getByRole('group', { name: 'Samenwerken' })
const live = () => screen.getByRole('status')

describe('the sync state in the header', () => {
  it('shows nothing without a team, and keeps an empty live region ready', () => {
    render(<SyncStatus state={{ kind: 'off' }} />)
    expect(screen.queryByRole('group')).toBeNull()
    expect(live()).toHaveTextContent('')
  })

  it('shows Bezig with n van m records and a progress bar during the first download', () => {
    render(<SyncStatus state={{ kind: 'downloading', done: 1234, total: 5000 }} />)
    expect(group()).toHaveTextContent('Bezig — 1.234 van 5.000 records')
    const bar = screen.getByRole('progressbar', { name: 'Eerste download van het team' })
    expect(bar).toHaveAttribute('max', '5000')
    expect(bar).toHaveAttribute('value', '1234')
  })

  it.each<[SyncState, string]>([
    [{ kind: 'connecting' }, 'Bezig — verbinden'],
    [{ kind: 'syncing' }, 'Bezig'],
    [{ kind: 'offline', waiting: 3 }, 'Offline — 3 wijzigingen wachten'],
    [{ kind: 'offline', waiting: 1 }, 'Offline — 1 wijziging wacht'],
    [{ kind: 'offline', waiting: 0 }, 'Offline'],
  ])('%o reads %j, without a progress bar', (state, text) => {
    render(<SyncStatus state={state} />)
    expect(group()).toHaveTextContent(new RegExp(`^.${text}$`))
    expect(screen.queryByRole('progressbar')).toBeNull()
  })

  it('shows Bijgewerkt with the time of the last exchange', () => {
    const at = new Date()
    at.setHours(14, 5, 0, 0)
    render(<SyncStatus state={{ kind: 'idle', at: at.toISOString() }} />)
    expect(group()).toHaveTextContent('Bijgewerkt 14:05')
    expect(group()).toHaveTextContent('✓')
  })

  it.each<[SyncErrorReason, string]>([
    ['login', 'Fout — wachtwoord onjuist of sessie verlopen, log opnieuw in'],
    ['forbidden', 'Fout — geen rechten voor dit team'],
    ['unreachable', 'Fout — server niet bereikbaar'],
    ['refused', 'Fout — de server weigerde gegevens; ze blijven hier bewaard'],
    ['newer-layout', 'Fout — gegevens van een nieuwere versie: werk de app bij'],
    ['disk-full', 'Fout — de opslag van deze browser is vol'],
  ])('an error (%s) says Fout and the reason in words, not colour alone', (reason, text) => {
    render(<SyncStatus state={{ kind: 'error', reason, waiting: 0 }} />)
    expect(group()).toHaveTextContent(text)
    expect(group()).toHaveTextContent('⚠')
    expect(live()).toHaveTextContent(`Samenwerken: ${text.replace('Fout', 'fout')}.`)
  })

  it.each<[SyncWaitReason, string]>([
    ['unlock', 'Wacht — ontgrendel de app'],
    ['migrating', 'Wacht — de versleuteling in deze browser is bezig'],
    ['team-key', 'Wacht — open de teamsleutel (Instellingen › Samenwerken)'],
    ['encrypted-here', 'Wacht — zet versleuteling voor het team aan (Instellingen › Samenwerken)'],
  ])('waiting for a key (%s) says Wacht and why, and is no error', (reason, text) => {
    render(<SyncStatus state={{ kind: 'waiting', reason, waiting: 4 }} />)
    expect(group()).toHaveTextContent(`${text} (4 wijzigingen wachten)`)
    expect(group()).not.toHaveTextContent(/Fout|⚠/)
    expect(live()).toHaveTextContent(`Samenwerken: ${text.replace('Wacht', 'wacht')}.`)
  })

  it('names a sealed record that does not open as an error of its own', () => {
    render(<SyncStatus state={{ kind: 'error', reason: 'sealed', waiting: 0 }} />)
    expect(group()).toHaveTextContent(
      'Fout — een versleuteld record van de server is gewijzigd of verplaatst',
    )
  })

  it('counts the changes still waiting beside an error', () => {
    render(<SyncStatus state={{ kind: 'error', reason: 'unreachable', waiting: 2 }} />)
    expect(group()).toHaveTextContent('Fout — server niet bereikbaar (2 wijzigingen wachten)')
  })

  it('speaks only when the kind of state changes, not at every record or exchange', () => {
    const { rerender } = render(<SyncStatus state={{ kind: 'downloading', done: 1, total: 9 }} />)
    const first = live().textContent
    expect(first).toBe('Samenwerken: de gegevens van het team worden opgehaald.')
    rerender(<SyncStatus state={{ kind: 'downloading', done: 8, total: 9 }} />)
    expect(live().textContent).toBe(first)
    rerender(<SyncStatus state={{ kind: 'idle', at: new Date().toISOString() }} />)
    expect(live()).toHaveTextContent('Samenwerken: bijgewerkt.')
    rerender(<SyncStatus state={{ kind: 'syncing' }} />)
    expect(live()).toHaveTextContent('Samenwerken: bijgewerkt.')
    rerender(<SyncStatus state={{ kind: 'offline', waiting: 1 }} />)
    expect(live()).toHaveTextContent('Samenwerken: offline. De app werkt gewoon door.')
  })

  it('speaks English when chosen', async () => {
    await switchLanguage('en')
    render(<SyncStatus state={{ kind: 'offline', waiting: 4 }} />)
    expect(screen.getByRole('group', { name: 'Team sync' })).toHaveTextContent(
      'Offline — 4 changes waiting',
    )
  })
})
