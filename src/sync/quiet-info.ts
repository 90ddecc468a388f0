import type PouchDB from 'pouchdb-browser'

/** Failures of a remote's `info()`, by their error object. */
const infoFailures = new WeakSet<object>()
/** Pages (windows) that listen already. */
const listening = new WeakSet<EventTarget>()

/**
 * PouchDB 9's replication reads the source's info after every batch, for its task list, with
 * no rejection handler (pouchdb-replication's `finishBatch`: `src.info().then(…)`). With the
 * network gone at that moment the page gets an unhandled rejection ("Failed to fetch"), although
 * the replication reports the failure on its own error path and the engine shows offline. This
 * notes every failure of the remote's `info()`, so that exactly those rejections are not
 * reported as unhandled; any other unhandled rejection is reported as before.
 */
export function quietInfoFailures(
  remote: PouchDB,
  page: EventTarget | undefined = globalThis.window,
): PouchDB {
  const info = remote.info.bind(remote)
  remote.info = () => {
    const answer = info()
    answer.catch((error: unknown) => {
      if (typeof error === 'object' && error !== null) infoFailures.add(error)
    })
    return answer
  }
  if (page && !listening.has(page)) {
    listening.add(page)
    page.addEventListener('unhandledrejection', (event) => {
      const reason: unknown = (event as PromiseRejectionEvent).reason
      if (typeof reason === 'object' && reason !== null && infoFailures.has(reason)) {
        event.preventDefault()
      }
    })
  }
  return remote
}
