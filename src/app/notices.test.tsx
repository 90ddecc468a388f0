import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useNotices } from '../stores/notice-store'
import { Notices } from './notices'

function show(tone: 'success' | 'info' | 'error', message: string) {
  act(() => useNotices.getState().show({ tone, message }))
}

function later(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
  document.documentElement.classList.remove('presentation')
})

describe('notices', () => {
  it('lets a success notice go by itself after a few seconds', () => {
    render(<Notices />)
    show('success', '60 fictieve jongeren geladen.')
    expect(screen.getByText('60 fictieve jongeren geladen.')).toBeVisible()
    later(5_000)
    expect(screen.getByText('60 fictieve jongeren geladen.')).toBeVisible()
    later(1_500)
    expect(screen.queryByText('60 fictieve jongeren geladen.')).toBeNull()
  })

  it('keeps an error until it is closed', () => {
    render(<Notices />)
    show('error', 'De opslag is vol.')
    later(120_000)
    expect(screen.getByText('De opslag is vol.')).toBeVisible()
    fireEvent.click(screen.getByRole('button', { name: 'Melding sluiten' }))
    expect(screen.queryByText('De opslag is vol.')).toBeNull()
  })

  it('waits while the pointer is on a notice, and a little after it leaves', () => {
    render(<Notices />)
    show('info', 'Doorstroombord werkt nu ook zonder internetverbinding.')
    const notice = screen.getByText(/werkt nu ook zonder/)
    later(4_000)
    fireEvent.mouseEnter(notice)
    later(30_000)
    expect(notice).toBeVisible()
    fireEvent.mouseLeave(notice)
    later(1_500)
    expect(notice).toBeVisible()
    later(1_000)
    expect(screen.queryByText(/werkt nu ook zonder/)).toBeNull()
  })

  it('waits while focus is in a notice', () => {
    render(<Notices />)
    show('success', 'Bespreking gestart.')
    act(() => screen.getByRole('button', { name: 'Melding sluiten' }).focus())
    later(30_000)
    expect(screen.getByText('Bespreking gestart.')).toBeVisible()
    act(() => screen.getByRole('button', { name: 'Melding sluiten' }).blur())
    // Its time went on from where it stopped: all six seconds are still left.
    later(5_500)
    expect(screen.getByText('Bespreking gestart.')).toBeVisible()
    later(1_000)
    expect(screen.queryByText('Bespreking gestart.')).toBeNull()
  })

  it('shows only errors in presentation mode, and no stale notices after it', () => {
    render(<Notices />)
    act(() => document.documentElement.classList.add('presentation'))
    show('success', 'Bespreking gestart.')
    show('error', 'Opslaan is mislukt.')
    expect(screen.queryByText('Bespreking gestart.')).toBeNull()
    expect(screen.getByText('Opslaan is mislukt.')).toBeVisible()

    later(10_000)
    act(() => document.documentElement.classList.remove('presentation'))
    expect(screen.queryByText('Bespreking gestart.')).toBeNull()
    expect(screen.getByText('Opslaan is mislukt.')).toBeVisible()
  })

  it('shows a success notice made at the end of presentation mode, for its full time', () => {
    render(<Notices />)
    act(() => document.documentElement.classList.add('presentation'))
    act(() => {
      useNotices.getState().show({ tone: 'success', message: 'Bespreking afgerond.' })
      document.documentElement.classList.remove('presentation')
    })
    expect(screen.getByText('Bespreking afgerond.')).toBeVisible()
    later(5_000)
    expect(screen.getByText('Bespreking afgerond.')).toBeVisible()
  })

  it('shows notices inside an open modal dialog, where they are not covered, and back after it', async () => {
    vi.useRealTimers()
    render(
      <>
        <Notices />
        <dialog aria-label="Wonen — K-1">
          <p>Formulier</p>
        </dialog>
      </>,
    )
    const dialog = screen.getByRole<HTMLDialogElement>('dialog', { hidden: true })
    act(() => dialog.showModal())
    show('error', 'De opslag is vol.')
    await waitFor(() => expect(within(dialog).getByText('De opslag is vol.')).toBeVisible())
    expect(within(dialog).getByRole('status')).toHaveTextContent('De opslag is vol.')

    act(() => dialog.close())
    await waitFor(() => expect(within(dialog).queryByText('De opslag is vol.')).toBeNull())
    expect(screen.getByText('De opslag is vol.')).toBeVisible()
  })
})
