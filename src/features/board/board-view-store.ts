import { create } from 'zustand'
import type { Signal } from '../../domain/signals'
import type { LivingArrangement, TotalStatus } from '../../domain/types'
import { persisted } from '../../stores/persisted'

export interface BoardFilters {
  municipality: string
  location: string
  livingArrangement: LivingArrangement | ''
  totalStatus: TotalStatus | ''
  signal: Signal | ''
  search: string
}

export interface BoardSort {
  id: string
  desc: boolean
}

export const EMPTY_FILTERS: BoardFilters = {
  municipality: '',
  location: '',
  livingArrangement: '',
  totalStatus: '',
  signal: '',
  search: '',
}

interface BoardViewState {
  filters: BoardFilters
  sorting: BoardSort[]
  setFilter: <K extends keyof BoardFilters>(key: K, value: BoardFilters[K]) => void
  clearFilters: () => void
  setSorting: (sorting: BoardSort[]) => void
  /** Whether the trend panel is unfolded. */
  trendOpen: boolean
  setTrendOpen: (open: boolean) => void
}

/** Everything but the typed search: that is often a name, and localStorage is not encrypted. */
function kept({ filters, sorting, trendOpen }: BoardViewState) {
  return { filters: { ...filters, search: '' }, sorting, trendOpen }
}

/**
 * The board's filters and sort order: UI state, kept across reloads — except the search text,
 * which lives in memory only (a search for a name must not outlive the page or the lock).
 */
export const useBoardView = create<BoardViewState>()(
  persisted(
    'board-view',
    (set) => ({
      filters: EMPTY_FILTERS,
      sorting: [{ id: 'totalStatus', desc: false }],
      setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
      clearFilters: () => set({ filters: EMPTY_FILTERS }),
      setSorting: (sorting) => set({ sorting }),
      trendOpen: true,
      setTrendOpen: (trendOpen) => set({ trendOpen }),
    }),
    kept,
    {
      // Earlier versions stored the search text: never bring it back.
      restore: (stored) =>
        typeof stored.filters === 'object' && stored.filters !== null
          ? { ...stored, filters: { ...EMPTY_FILTERS, ...stored.filters, search: '' } }
          : stored,
    },
  ),
)

// Rewrite the stored entry at once, so a search text an earlier version stored is gone now.
useBoardView.setState({})
