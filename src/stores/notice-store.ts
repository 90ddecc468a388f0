import { create } from 'zustand'

export interface Notice {
  id: number
  message: string
  tone: 'info' | 'success' | 'error'
  /** Optional one-click undo shown next to the message. */
  undo?: () => Promise<unknown>
  /** When it was shown (ms since the epoch): a notice kept out of view expires all the same. */
  createdAt: number
}

interface NoticeState {
  notices: Notice[]
  show: (notice: Omit<Notice, 'id' | 'createdAt'>) => void
  dismiss: (id: number) => void
}

let nextId = 1

/** How long a notice stays by itself: an error until it is closed, the others a few seconds. */
export function noticeLifetime(notice: Pick<Notice, 'tone' | 'undo'>): number {
  if (notice.tone === 'error') return Infinity
  return notice.undo ? 10_000 : 6_000
}

/** Short messages after an action ("Opgeslagen", with undo), announced to screen readers. */
export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) =>
    set((s) =>
      // The same message twice (a failed write reported by the form and by the storage watch)
      // is shown once.
      !notice.undo && s.notices.some((n) => n.message === notice.message && n.tone === notice.tone)
        ? s
        : {
            notices: [...s.notices.slice(-2), { ...notice, id: nextId++, createdAt: Date.now() }],
          },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))
