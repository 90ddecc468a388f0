import { useEffect, useState, type ReactNode } from 'react'

/** How long after the first screen quiet extras wait before they load. */
const AFTER_START_MS = 2_000

/**
 * Renders its children once the first screen is up and the browser is idle: what it wraps
 * (the back-up reminder) is lazy-loaded, and loading it later keeps it out of the first load.
 */
export function WhenIdle({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let idle: number | undefined
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(() => setReady(true), { timeout: AFTER_START_MS })
      } else setReady(true)
    }, AFTER_START_MS)
    return () => {
      clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [])
  return ready ? children : null
}
