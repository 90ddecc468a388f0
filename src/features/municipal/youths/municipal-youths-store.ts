import { create } from 'zustand'
import { NO_YOUTH_FILTERS, type YouthFilters } from '../../../domain/municipal'

export interface YouthSort {
  id: string
  desc: boolean
}

interface YouthsViewState {
  filters: YouthFilters
  /** Empty: the overview's own order (rood first, then provider). */
  sorting: YouthSort[]
  setFilter: <K extends keyof YouthFilters>(key: K, value: YouthFilters[K]) => void
  clearFilters: () => void
  setSorting: (sorting: YouthSort[]) => void
}

/**
 * The Jongeren tab's filters and sort order: UI state for this session only (kept when the user
 * switches tabs, not across reloads, so a stale aanbieder filter never hides a new ronde).
 */
export const useYouthsView = create<YouthsViewState>()((set) => ({
  filters: NO_YOUTH_FILTERS,
  sorting: [],
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_YOUTH_FILTERS }),
  setSorting: (sorting) => set({ sorting }),
}))
