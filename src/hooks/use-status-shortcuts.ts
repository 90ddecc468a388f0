import { useEffect } from 'react'
import type { Status } from '../domain/types'

/** Letter → status: R rood, O oranje, G groen, B onbekend (blanco), N n.v.t. */
export const STATUS_KEYS: Record<string, Status> = {
  r: 'rood',
  o: 'oranje',
  g: 'groen',
  b: 'onbekend',
  n: 'nvt',
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  }
  return false
}

interface StatusShortcuts {
  onStatus: (status: Status) => void
  /** Ctrl+Enter (⌘+Enter), also while typing. */
  onSave?: () => void
  enabled?: boolean
}

/** Letter keys set a status (R rood, O oranje, G groen, B onbekend, N n.v.t.) unless typing. */
export function useStatusShortcuts({ onStatus, onSave, enabled = true }: StatusShortcuts) {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSave) {
        event.preventDefault()
        onSave()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const status = STATUS_KEYS[event.key.toLowerCase()]
      if (!status) return
      event.preventDefault()
      onStatus(status)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onStatus, onSave, enabled])
}
