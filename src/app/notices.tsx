import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../i18n'
import { noticeLifetime, useNotices, type Notice } from '../stores/notice-store'
import { usePresentationMode } from './use-presentation-mode'

/** After a pause (hover, focus), a notice stays at least this long. */
const AFTER_PAUSE_MS = 2_000

/**
 * Dismisses a success or info notice by itself when its time is up; the clock stops while the
 * pointer is on it or focus is in it (WCAG 2.2.1), and errors stay until closed.
 */
function useAutoDismiss(notice: Notice, paused: boolean, dismiss: (id: number) => void) {
  const lifetime = noticeLifetime(notice)
  // Null until first counted: a notice kept out of view (presentation mode) has aged already.
  const remaining = useRef<number | null>(null)
  useEffect(() => {
    if (!Number.isFinite(lifetime) || paused) return
    const started = Date.now()
    const left = remaining.current ?? lifetime - (started - notice.createdAt)
    const timer = window.setTimeout(() => dismiss(notice.id), Math.max(0, left))
    return () => {
      window.clearTimeout(timer)
      remaining.current = Math.max(AFTER_PAUSE_MS, left - (Date.now() - started))
    }
  }, [lifetime, paused, notice.id, notice.createdAt, dismiss])
}

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT()
  const dismiss = useNotices((s) => s.dismiss)
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  useAutoDismiss(notice, hovered || focused, dismiss)
  return (
    <li
      className={`notice notice--${notice.tone}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
    >
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
        <span className="visually-hidden">{t.common.closeNotice}</span>
      </button>
    </li>
  )
}

/**
 * The modal dialog on top, if one is open. A modal <dialog> sits in the browser's top layer
 * and makes everything outside it inert: a notice outside would be covered by the backdrop,
 * not clickable and not read out (a popover shown over it is inert too, in Chromium). So the
 * notices go inside it while it is open. Every dialog of the app is modal (the shared Dialog),
 * and opens and closes by its `open` attribute.
 */
function useTopModalDialog(): HTMLDialogElement | null {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null)
  useEffect(() => {
    const update = () => {
      const open = document.querySelectorAll<HTMLDialogElement>('dialog[open]')
      setDialog(open[open.length - 1] ?? null)
    }
    update()
    const observer = new MutationObserver(update)
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['open'],
    })
    return () => observer.disconnect()
  }, [])
  return dialog
}

/**
 * A polite live region: notices are read out without stealing focus. While a modal dialog is
 * open they show inside it, above its content (see useTopModalDialog). On the projector
 * (presentation mode) only errors show; the others wait and expire as usual.
 */
export function Notices() {
  const notices = useNotices((s) => s.notices)
  const dismiss = useNotices((s) => s.dismiss)
  const presenting = usePresentationMode()
  // Leaving presentation mode: what expired meanwhile is not brought back.
  useLayoutEffect(() => {
    if (presenting) return
    const now = Date.now()
    for (const n of useNotices.getState().notices) {
      if (now - n.createdAt >= noticeLifetime(n)) dismiss(n.id)
    }
  }, [presenting, dismiss])
  const dialog = useTopModalDialog()
  const shown = presenting ? notices.filter((n) => n.tone === 'error') : notices
  const list = (
    <ul className="notices__list">
      {shown.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </ul>
  )
  // The page's region stays in place (a live region must exist before what it announces).
  return (
    <>
      <div className="notices" role="status" aria-live="polite">
        {dialog ? null : list}
      </div>
      {dialog &&
        createPortal(
          <div className="notices" role="status" aria-live="polite">
            {list}
          </div>,
          dialog,
        )}
    </>
  )
}
