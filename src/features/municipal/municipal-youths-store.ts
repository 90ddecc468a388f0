import { create } from 'zustand'
import type { Owner, TotalStatus } from '../../domain/types'

/** The Jongeren filters; '' is "all". `owner: 'none'` is an action without an eigenaar. */
export interface YouthFilters {
  providerKey: string
  municipalityCode: string
  totalStatus: TotalStatus | ''
  reasonCode: string
  owner: Owner | 'none' | ''
  /** Age 17: turns 18 within 12 months. */
  turning18: boolean
  /** Past the beoogde uitstroomdatum (days over > 0). */
  overdue: boolean
}

export const NO_YOUTH_FILTERS: YouthFilters = {
  providerKey: '',
  municipalityCode: '',
  totalStatus: '',
  reasonCode: '',
  owner: '',
  turning18: false,
  overdue: false,
}

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
