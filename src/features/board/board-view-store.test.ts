// @vitest-environment jsdom
// The board view is kept in the browser's localStorage, which only the DOM environment has.
import { EMPTY_FILTERS, useBoardView } from './board-view-store'

const ENTRY = 'doorstroombord.board-view'

describe('the board view kept in localStorage', () => {
  afterEach(() => useBoardView.getState().clearFilters())

  it('keeps filters that are codes, never the typed search text', () => {
    const { setFilter } = useBoardView.getState()
    setFilter('municipality', 'Utrecht')
    setFilter('totalStatus', 'rood')
    setFilter('search', 'Zoë de Vries')
    expect(useBoardView.getState().filters.search).toBe('Zoë de Vries')
    const stored = localStorage.getItem(ENTRY) ?? ''
    expect(stored).toContain('Utrecht')
    expect(stored).toContain('rood')
    expect(stored).not.toContain('Zoë')
  })

  it('drops a search text an earlier version stored, also from localStorage', async () => {
    localStorage.setItem(
      ENTRY,
      JSON.stringify({
        state: { filters: { ...EMPTY_FILTERS, location: 'Groep Noord', search: 'Noël' } },
        version: 1,
      }),
    )
    vi.resetModules()
    const fresh = await import('./board-view-store')
    expect(fresh.useBoardView.getState().filters).toMatchObject({
      location: 'Groep Noord',
      search: '',
    })
    expect(localStorage.getItem(ENTRY)).not.toContain('Noël')
  })
})
