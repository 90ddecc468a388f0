import { useEffect } from 'react'
import { lockApp } from './lock-app'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Locks the app after `minutes` without keyboard, mouse or touch use. Activity only stamps a
 * time; one timer checks it, so typing costs nothing. Not while `paused` (re-encrypting).
 */
export function useIdleLock(minutes: number, paused: boolean, onIdle: () => void = lockApp) {
  useEffect(() => {
    if (paused) return
    const idleMs = minutes * 60_000
    let last = Date.now()
    let timer = 0
    const check = () => {
      window.clearTimeout(timer)
      const left = last + idleMs - Date.now()
      if (left <= 0) onIdle()
      else timer = window.setTimeout(check, Math.min(left + 50, 60_000))
    }
    const active = () => {
      last = Date.now()
    }
    // A laptop that slept or a tab in the background: check as soon as it is looked at again.
    const visible = () => {
      if (document.visibilityState === 'visible') check()
    }
    for (const type of ACTIVITY) window.addEventListener(type, active, { passive: true })
    document.addEventListener('visibilitychange', visible)
    timer = window.setTimeout(check, Math.min(idleMs + 50, 60_000))
    return () => {
      window.clearTimeout(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, active)
      document.removeEventListener('visibilitychange', visible)
    }
  }, [minutes, paused, onIdle])
}
