import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useT } from '../i18n'

interface DialogProps {
  title: ReactNode
  onClose: () => void
  children: ReactNode
  /** Wider dialogs for forms with two columns. */
  size?: 'normal' | 'wide'
  description?: ReactNode
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and
 * returns focus to where it was, so keyboard use works without extra code.
 */
export function Dialog({ title, onClose, children, size = 'normal', description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const t = useT()

  // A layout effect, so close() runs while the dialog is still in the document and the browser
  // can return focus to the element that opened it.
  useLayoutEffect(() => {
    const opener = document.activeElement
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    // React's autoFocus runs before showModal(), so focus the first field here instead of
    // leaving it on the close button.
    dialog
      ?.querySelector<HTMLElement>(
        '[data-initial-focus], input:not([type="hidden"]), select, textarea',
      )
      ?.focus()
    return () => {
      dialog?.close()
      if (
        opener instanceof HTMLElement &&
        opener.isConnected &&
        !opener.contains(document.activeElement)
      )
        opener.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--ghost dialog__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t.common.close}</span>
        </button>
      </div>
      {description && (
        <p id={descriptionId} className="dialog__description">
          {description}
        </p>
      )}
      <div className="dialog__body">{children}</div>
    </dialog>
  )
}
