// placeholder until the h-sync-db branch lands
import { db } from '../database'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

/** This database's replica id (80 random bits, base32), created on first use. */
export async function getReplicaId(): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get('replica')
    if (typeof stored?.value === 'string') return stored.value
    const bytes = crypto.getRandomValues(new Uint8Array(16))
    const id = [...bytes].map((b) => ALPHABET[b % 32]).join('')
    await db.settings.put({ key: 'replica', value: id })
    return id
  })
}
