import { create } from 'zustand'
import { persisted } from '../../../stores/persisted'

export const MUNICIPAL_TABS = [
  'overview',
  'providers',
  'youths',
  'trend',
  'signals',
  'agreements',
] as const
export type MunicipalTab = (typeof MUNICIPAL_TABS)[number]

interface MunicipalViewState {
  /** The open section: kept over a reload, so the meeting continues where it was. */
  tab: MunicipalTab
  /** The chosen selection (scopeKey); null follows the own choice in Instellingen. */
  selectionKey: string | null
  setTab: (tab: MunicipalTab) => void
  setSelectionKey: (key: string | null) => void
}

export const useMunicipalView = create<MunicipalViewState>()(
  persisted(
    'municipal-view',
    (set) => ({
      tab: 'overview',
      selectionKey: null,
      setTab: (tab) => set({ tab: MUNICIPAL_TABS.includes(tab) ? tab : 'overview' }),
      setSelectionKey: (selectionKey) => set({ selectionKey }),
    }),
    (s) => ({ tab: s.tab, selectionKey: s.selectionKey }),
  ),
)

/** A stored tab that no longer exists (renamed in a later version) opens the Overzicht. */
export function knownTab(tab: string): MunicipalTab {
  return (MUNICIPAL_TABS as readonly string[]).includes(tab) ? (tab as MunicipalTab) : 'overview'
}
