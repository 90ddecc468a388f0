import { create } from 'zustand'

/** Which dialog is open; the app's dialog host renders it. Not persisted. */
export type OpenDialog =
  | { kind: 'youth'; youthId: string | null }
  | { kind: 'assessment'; youthId: string; preconditionId: string }
  | { kind: 'outflow'; youthId: string }
  | { kind: 'legend' }

interface DialogState {
  dialog: OpenDialog | null
  open: (dialog: OpenDialog) => void
  close: () => void
}

export const useDialogs = create<DialogState>()((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}))
