import { lock } from '../../db/encryption/encryption-start'

/**
 * Locks: the key leaves memory, then the page reloads, so no opened record, form or cached
 * query stays behind in this tab. The app then starts on the "Vergrendeld" screen.
 */
export function lockApp(): void {
  lock()
  window.location.reload()
}
