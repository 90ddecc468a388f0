import { create } from 'zustand'

export interface Notice {
  id: number
  message: string
  tone: 'info' | 'success' | 'error'
  /** Optional one-click undo shown next to the message. */
  undo?: () => Promise<unknown>
}

interface NoticeState {
  notices: Notice[]
  show: (notice: Omit<Notice, 'id'>) => void
  dismiss: (id: number) => void
}

let nextId = 1

/** Short messages after an action ("Opgeslagen", with undo), announced to screen readers. */
export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) =>
    set((s) =>
      // The same message twice (a failed write reported by the form and by the storage watch)
      // is shown once.
      !notice.undo && s.notices.some((n) => n.message === notice.message && n.tone === notice.tone)
        ? s
        : { notices: [...s.notices.slice(-2), { ...notice, id: nextId++ }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))
