import { useSyncExternalStore } from 'react'

const CLASS = 'presentation'

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  return () => observer.disconnect()
}

const getSnapshot = () => document.documentElement.classList.contains(CLASS)

/**
 * Whether the review is shown on the projector. The review session marks <html> with the class
 * `presentation` exactly then (its CSS hides the app's chrome); the shell follows that mark
 * rather than the review's stored preference, which stays on between reviews.
 */
export function usePresentationMode(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false)
}
