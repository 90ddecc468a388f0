import { useEffect } from 'react'
import { useT } from '../i18n'
import { useNotices, type Notice } from '../stores/notice-store'

const VISIBLE_MS = 8000

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT()
  const dismiss = useNotices((s) => s.dismiss)
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(notice.id), VISIBLE_MS)
    return () => window.clearTimeout(timer)
  }, [notice.id, dismiss])
  return (
    <li className={`notice notice--${notice.tone}`}>
      <span className="notice__message">{notice.message}</span>
      {notice.undo && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            dismiss(notice.id)
            void notice.undo?.()
          }}
        >
          {t.common.undo}
        </button>
      )}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => dismiss(notice.id)}
      >
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t.common.close}</span>
      </button>
    </li>
  )
}

/** A polite live region: notices are read out without stealing focus. */
export function Notices() {
  const notices = useNotices((s) => s.notices)
  return (
    <div className="notices" role="status" aria-live="polite">
      <ul className="notices__list">
        {notices.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </ul>
    </div>
  )
}
