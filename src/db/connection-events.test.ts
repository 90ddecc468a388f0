import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../test/factories/youth'
import { connectionState } from './connection-events'
import { db, DB_NAME } from './database'
import { addYouth } from './youths-repo'

/** What a newer app version in another tab does: open the database with a higher version. */
function openNewerVersion(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version)
    request.onupgradeneeded = () => request.result.createObjectStore('newTable')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('open'))
  })
}

describe('a newer schema opened in another tab', () => {
  it('lets the other tab upgrade, stops this tab and keeps every saved record', async () => {
    await addYouth(makeYouthValues(), 'Tester')
    expect(connectionState.getSnapshot()).toBeNull()

    // Dexie stores version n as IndexedDB version n × 10.
    const newer = await openNewerVersion(db.verno * 10 + 10)

    expect(connectionState.getSnapshot()).toBe('newer-version')
    expect(db.isOpen()).toBe(false)
    // Nothing more is written with the old schema from this tab…
    await expect(addYouth(makeYouthValues({ clientRef: 'K-2' }), 'T')).rejects.toBeInstanceOf(
      Dexie.DatabaseClosedError,
    )
    // …and what was saved is still there for the new version.
    const count = await new Promise<number>((resolve) => {
      const request = newer.transaction('youths').objectStore('youths').count()
      request.onsuccess = () => resolve(request.result)
    })
    expect(count).toBe(1)
    newer.close()
  })
})
