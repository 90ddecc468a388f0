/**
 * The team's encryption for a test's second laptop. The app keeps the team data key in the one
 * keyring of its tab (and the team state in its own database), which two laptops in one test
 * process would share; this laptop keeps its own, in memory, and opens the team key from its
 * key slot on the server exactly as the app does (PBKDF2 + AES-GCM unwrap, then a re-wrap under
 * the member's own passphrase that it publishes).
 */
import { fromBase64, toBase64 } from '../../src/domain/backup/crypto'
import {
  keySlotDoc,
  memberOfKeySlotId,
  restoreKeySlot,
  restoreTeamConfig,
  TEAM_CONFIG_ID,
  type KeySlotData,
  type TeamConfigData,
} from '../../src/domain/sync/team-keys'
import type { SyncDoc } from '../../src/domain/sync/types'
import { newKeyDerivation, unwrapDataKey, wrapDataKey } from '../../src/db/encryption/key-wrap'
import type { TeamPort } from '../../src/sync/team-port'

export interface MemoryTeamPort extends TeamPort {
  /** Teamsleutel openen: the one-time passphrase of this member's slot, then their own. */
  join(oneTime: string, own: string): Promise<void>
}

function bytes(text: string): Uint8Array {
  const value = fromBase64(text)
  if (!value) throw new Error('not base64')
  return value
}

export function memoryTeamPort(member: string): MemoryTeamPort {
  let config: TeamConfigData | null = null
  let slots: Record<string, KeySlotData> = {}
  let key: Uint8Array | null = null
  let own: KeySlotData | null = null
  return {
    keys: {
      config: () => Promise.resolve(config),
      key: (keyId) => (key && own?.keyId === keyId ? key : null),
    },
    wait() {
      if (!config?.encrypted) return Promise.resolve(null)
      return Promise.resolve(key && own?.keyId === config.keyId ? null : 'team-key')
    },
    outgoing: () => Promise.resolve(own ? [keySlotDoc(own, member)] : []),
    accept(doc: SyncDoc) {
      if (doc._id === TEAM_CONFIG_ID) config = restoreTeamConfig(doc.data) ?? config
      const slotMember = memberOfKeySlotId(doc._id)
      const slot = restoreKeySlot(doc.data)
      if (slotMember && slot && !doc._deleted) slots = { ...slots, [slotMember]: slot }
      return Promise.resolve(true)
    },
    reset() {
      config = null
      slots = {}
      return Promise.resolve()
    },
    adoptOwnKey: () => Promise.reject(new Error('not used by this laptop')),
    atRest: () => Promise.resolve('off'),
    async join(oneTime, ownPassphrase) {
      const slot = slots[member]
      if (!slot) throw new Error(`no key slot for ${member}`)
      const kdf = { ...slot.kdf, salt: bytes(slot.kdf.salt) }
      const wrapped = { iv: bytes(slot.wrapped.iv), data: bytes(slot.wrapped.data) }
      const opened = await unwrapDataKey(wrapped, oneTime, kdf)
      const next = newKeyDerivation()
      const rewrapped = await wrapDataKey(opened, ownPassphrase, next)
      own = {
        ...slot,
        kdf: { ...next, salt: toBase64(next.salt) },
        wrapped: { iv: toBase64(rewrapped.iv), data: toBase64(rewrapped.data) },
        oneTime: false,
      }
      key = opened
    },
  }
}
