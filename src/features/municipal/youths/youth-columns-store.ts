import { create } from 'zustand'
import { persisted } from '../../../stores/persisted'

/** Aanbieder and cliëntnummer say whose row it is: always shown, pinned at the left. */
export const PINNED_COLUMNS = ['provider', 'clientRef'] as const

/**
 * Shown until the user picks otherwise: who, how it stands (totaalstatus, change, rood sinds,
 * the three standard randvoorwaarden), knelpunten and the beoogde uitstroom. At 1440 px
 * they fit without scrolling sideways; the rest is one click away in Kolommen.
 */
const DEFAULT_HIDDEN: ReadonlySet<string> = new Set([
  'status:vervolghulp',
  'status:netwerk',
  'ownPreconditions',
  'municipality',
  'age',
  'livingArrangement',
  'lengthOfStay',
  'perspective',
])

export function shownByDefault(columnId: string): boolean {
  return !DEFAULT_HIDDEN.has(columnId)
}

interface YouthColumnsState {
  /** Only the columns the user switched; a column added later follows its default. */
  chosen: Record<string, boolean>
  setShown: (columnId: string, shown: boolean) => void
  reset: () => void
}

/** Which Jongeren columns are shown: a preference, remembered per browser (no personal data). */
export const useYouthColumns = create<YouthColumnsState>()(
  persisted(
    'municipal-youth-columns',
    (set) => ({
      chosen: {},
      setShown: (columnId, shown) => set((s) => ({ chosen: { ...s.chosen, [columnId]: shown } })),
      reset: () => set({ chosen: {} }),
    }),
    ({ chosen }) => ({ chosen }),
    {
      // Keep only true/false per column id; anything else stored is dropped.
      restore: (stored) => {
        const raw = stored.chosen
        if (typeof raw !== 'object' || raw === null) return {}
        return {
          chosen: Object.fromEntries(
            Object.entries(raw).filter(([, shown]) => typeof shown === 'boolean'),
          ),
        }
      },
    },
  ),
)

export function isShown(chosen: Record<string, boolean>, columnId: string): boolean {
  if ((PINNED_COLUMNS as readonly string[]).includes(columnId)) return true
  return chosen[columnId] ?? shownByDefault(columnId)
}
