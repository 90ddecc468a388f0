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

/** The board's filters and sort order: UI state, kept across reloads. */
export const useBoardView = create<BoardViewState>()(
  persisted('board-view', (set) => ({
    filters: EMPTY_FILTERS,
    sorting: [{ id: 'totalStatus', desc: false }],
    setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
    clearFilters: () => set({ filters: EMPTY_FILTERS }),
    setSorting: (sorting) => set({ sorting }),
    trendOpen: true,
    setTrendOpen: (trendOpen) => set({ trendOpen }),
  })),
)
