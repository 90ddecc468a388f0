import type PouchDB from 'pouchdb-browser'
import { quietInfoFailures } from './quiet-info'

/** The page's view of an unhandled rejection: whether it would be reported. */
function reported(page: EventTarget, reason: unknown): boolean {
  const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason })
  page.dispatchEvent(event)
  return !event.defaultPrevented
}

describe('quietInfoFailures', () => {
  it('keeps a failed server info from being reported as unhandled, and nothing else', async () => {
    const page = new EventTarget()
    const offline = new TypeError('Failed to fetch')
    const remote = quietInfoFailures(
      { info: () => Promise.reject(offline) } as unknown as PouchDB,
      page,
    )
    // The engine's own callers still hear the failure.
    await expect(remote.info()).rejects.toBe(offline)
    expect(reported(page, offline)).toBe(false)
    expect(reported(page, new TypeError('Failed to fetch'))).toBe(true)
    expect(reported(page, 'not an object')).toBe(true)
  })

  it('passes a server info through unchanged', async () => {
    const info = { doc_count: 3, update_seq: '7-abc' }
    const remote = quietInfoFailures(
      { info: () => Promise.resolve(info) } as unknown as PouchDB,
      new EventTarget(),
    )
    expect(await remote.info()).toBe(info)
  })
})
