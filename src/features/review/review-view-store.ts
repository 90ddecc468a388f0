import { create } from 'zustand'
import { persisted } from '../../stores/persisted'

interface ReviewViewState {
  /** Large type, high contrast, only the current youth: for the projector. */
  presentation: boolean
  setPresentation: (on: boolean) => void
}

export const useReviewView = create<ReviewViewState>()(
  persisted('review-view', (set) => ({
    presentation: false,
    setPresentation: (presentation) => set({ presentation }),
  })),
)
