import { useEffect } from 'react'

/** First compaction this long after the app opened: the board loads first. */
const START_DELAY_MS = 5_000
/** A laptop left open in the meeting room keeps compacting now and then. */
const REPEAT_MS = 60 * 60_000

class Stopped extends Error {}

/** Resolves in the browser's idle time (or a moment later where it has no idle callback). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: 2_000 })
    else window.setTimeout(resolve, 50)
  })
}

/**
 * Moves single audit lines into batch records in idle time (`compactAudit`), shortly after the
 * app opened and then every hour, so a report keeps reading a few hundred records however many
 * edits were made. Each round is one transaction: stopping or failing between rounds loses
 * nothing, and the next start goes on where this one stopped. A full disk is told by the
 * central storage notices; nothing else here concerns the user.
 */
export function useAuditCompaction(startDelayMs = START_DELAY_MS): void {
  useEffect(() => {
    let stopped = false
    let running = false
    const run = () => {
      if (running) return
      running = true
      // Loaded on its first run, seconds after the board: not part of the first load.
      void import('../../db/audit-compaction')
        .then(({ compactAudit }) =>
          compactAudit(async () => {
            await idle()
            if (stopped) throw new Stopped()
          }),
        )
        .catch(() => undefined)
        .finally(() => {
          running = false
        })
    }
    const first = window.setTimeout(run, startDelayMs)
    const repeat = window.setInterval(run, REPEAT_MS)
    return () => {
      stopped = true
      window.clearTimeout(first)
      window.clearInterval(repeat)
    }
  }, [startDelayMs])
}
