import { create } from 'zustand'
import { persisted } from '../../stores/persisted'

interface ReportViewState {
  /** The chosen scope (see scopeKey): remembered, because a user usually serves one gemeente. */
  scopeKey: string
  setScopeKey: (scopeKey: string) => void
}

export const useReportView = create<ReportViewState>()(
  persisted(
    'report-view',
    (set) => ({
      scopeKey: 'alle',
      setScopeKey: (scopeKey) => set({ scopeKey }),
    }),
    (s) => ({ scopeKey: s.scopeKey }),
  ),
)
