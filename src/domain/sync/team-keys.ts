import { z } from 'zod/mini'
import { DOC_LAYOUT, type SyncDoc } from './types'

/**
 * The team's encryption documents (docs/sync-design.md §7). Plain envelopes, never sealed: a
 * member must read them before the team data key (TDK) is open. Nothing in them is secret;
 * the TDK in a key slot is wrapped by a key derived from that member's passphrase.
 */

/**
 * Why a team-key action was refused; the screens translate the code. `locked`: the team data
 * key (or this browser's own key) is not open in this tab; `no-slot`: no key slot for this
 * member; `own-passphrase-needed`: a one-time slot must be re-wrapped under an own passphrase;
 * `slot-exists`: the member has a slot already; `own-slot`: a member cannot remove their own;
 * `damaged-slot`: the slot's stored values are not readable.
 */
export type TeamKeyProblem =
  | 'not-encrypted'
  | 'already-encrypted'
  | 'locked'
  | 'no-slot'
  | 'own-passphrase-needed'
  | 'slot-exists'
  | 'own-slot'
  | 'damaged-slot'

export const TEAM_CONFIG_ID = 'team:config'
const KEYSLOT_PREFIX = 'keyslot:'

/** `team:config`: whether the team seals its documents, and with which key. */
export interface TeamConfigData {
  encrypted: boolean
  /** Id of the team data key (also the local data key's id); null when not encrypted. */
  keyId: string | null
  /** The member who turned encryption on, and when (display only). */
  by: string
  at: string
}

/** `keyslot:<member>`: the TDK wrapped for one member (PBKDF2-SHA-256 + AES-256-GCM). */
export interface KeySlotData {
  /** The member's CouchDB user name; also the key of the document id. */
  member: string
  keyId: string
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  /** Base64 nonce and ciphertext (with tag) of the raw TDK. */
  wrapped: { iv: string; data: string }
  /** Wrapped under a one-time passphrase handed over in person; re-wrapped at first unlock. */
  oneTime: boolean
  addedBy: string
  addedAt: string
}

/** The longest member name accepted (CouchDB user names are short; ids must stay small). */
export const MAX_MEMBER_LENGTH = 100

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/))

const configSchema = z.object({
  encrypted: z.boolean(),
  keyId: z.nullable(z.string().check(z.minLength(1))),
  by: z.string(),
  at: z.string(),
})

const slotSchema = z.object({
  member: z.string().check(z.minLength(1), z.maxLength(MAX_MEMBER_LENGTH)),
  keyId: z.string().check(z.minLength(1)),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(100_000), z.lte(10_000_000)),
    salt: base64,
  }),
  wrapped: z.object({ iv: base64, data: base64 }),
  oneTime: z.boolean(),
  addedBy: z.string(),
  addedAt: z.string(),
})

export function keySlotId(member: string): string {
  return `${KEYSLOT_PREFIX}${member}`
}

/** The member a `keyslot:` id names, or null for any other id. */
export function memberOfKeySlotId(id: string): string | null {
  return id.startsWith(KEYSLOT_PREFIX) ? id.slice(KEYSLOT_PREFIX.length) || null : null
}

/** A member name as typed: trimmed; null when empty, too long or holding a control character. */
export function cleanMemberName(text: string): string | null {
  const name = text.trim()
  if (name.length === 0 || name.length > MAX_MEMBER_LENGTH) return null
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  return /[\u0000-\u001f\u007f]/.test(name) ? null : name
}

export function restoreTeamConfig(value: unknown): TeamConfigData | null {
  const parsed = configSchema.safeParse(value)
  if (!parsed.success) return null
  const data = parsed.data
  // Encrypted without a key id cannot be followed: treated as malformed.
  return data.encrypted && data.keyId === null ? null : data
}

export function restoreKeySlot(value: unknown): KeySlotData | null {
  const parsed = slotSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

function envelope(id: string, type: 'team' | 'keyslot', by: string, data: unknown): SyncDoc {
  return { _id: id, type, layout: DOC_LAYOUT, by, data }
}

export function teamConfigDoc(config: TeamConfigData, by: string): SyncDoc {
  return envelope(TEAM_CONFIG_ID, 'team', by, config)
}

export function keySlotDoc(slot: KeySlotData, by: string): SyncDoc {
  return envelope(keySlotId(slot.member), 'keyslot', by, slot)
}

/** A deleted key slot, as the bridge puts it (CouchDB keeps a tombstone). */
export function removedKeySlotDoc(member: string, by: string): SyncDoc {
  return { _id: keySlotId(member), type: 'keyslot', layout: DOC_LAYOUT, by, _deleted: true }
}

/** Crockford's base32: no I, L, O or U, so it is read aloud or copied from paper without doubt. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const GROUPS = 5
const GROUP_LENGTH = 4

/**
 * A one-time passphrase for a new member's key slot: 20 random symbols of 32 (100 bits), in
 * groups of four so it can be handed over in person.
 */
export function oneTimePassphrase(random: Uint8Array = newRandom()): string {
  if (random.length < GROUPS * GROUP_LENGTH) throw new RangeError('not enough random bytes')
  const symbols = [...random.subarray(0, GROUPS * GROUP_LENGTH)].map(
    // 256 is a multiple of 32: every symbol equally likely.
    (byte) => ALPHABET[byte % ALPHABET.length] ?? '',
  )
  const groups: string[] = []
  for (let i = 0; i < symbols.length; i += GROUP_LENGTH) {
    groups.push(symbols.slice(i, i + GROUP_LENGTH).join(''))
  }
  return groups.join('-')
}

function newRandom(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(GROUPS * GROUP_LENGTH))
}
