import { fromBase64, toBase64 } from '../../domain/backup/crypto'
import {
  keySlotDoc,
  memberOfKeySlotId,
  oneTimePassphrase,
  removedKeySlotDoc,
  restoreKeySlot,
  restoreTeamConfig,
  TEAM_CONFIG_ID,
  teamConfigDoc,
  type KeySlotData,
} from '../../domain/sync/team-keys'
import type { SyncDoc } from '../../domain/sync/types'
import type { CryptoConfig } from './crypto-config'
import { adoptDataKey, enableEncryption, readCryptoConfig, releaseDataKey } from './encryption-repo'
import { newKeyDerivation, unwrapDataKey, wrapDataKey, type KeyDerivation } from './key-wrap'
import { keyring } from './keyring'
import { readTeamState, updateTeamState, type TeamKeyState } from './team-state'
import { TeamKeyError } from './team-key-error'

export { TeamKeyError, type TeamKeyProblem } from './team-key-error'

/**
 * The team data key (TDK) and its key slots (docs/sync-design.md §7). Locally the TDK *is*
 * the Dexie data key, so a member has one passphrase: their own key slot is built from this
 * browser's `crypto` configuration, other members' slots are kept in the team state. Every
 * change is written to that state; the bridge publishes `teamKeyDocs()` and hands incoming
 * `team`/`keyslot` documents to `acceptTeamKeyDoc()`.
 */

function slotFromConfig(member: string, config: CryptoConfig, by: string): KeySlotData {
  return {
    member,
    keyId: config.keyId,
    kdf: { ...config.kdf, salt: toBase64(config.kdf.salt) },
    wrapped: { iv: toBase64(config.wrappedKey.iv), data: toBase64(config.wrappedKey.data) },
    oneTime: false,
    addedBy: by,
    addedAt: config.enabledAt,
  }
}

function bytes(text: string): Uint8Array {
  const value = fromBase64(text)
  if (!value) throw new TeamKeyError('damaged-slot')
  return value
}

async function openSlot(slot: KeySlotData, passphrase: string): Promise<Uint8Array> {
  const kdf: KeyDerivation = { ...slot.kdf, salt: bytes(slot.kdf.salt) }
  return unwrapDataKey(
    { iv: bytes(slot.wrapped.iv), data: bytes(slot.wrapped.data) },
    passphrase,
    kdf,
  )
}

/** The TDK open in this tab, or TeamKeyError('locked'). */
function openTeamKey(state: TeamKeyState): Uint8Array {
  const keyId = state.config?.encrypted ? state.config.keyId : null
  if (!keyId) throw new TeamKeyError('not-encrypted')
  const key = keyring.dataKey()
  if (!key || keyring.getSnapshot().keyId !== keyId) throw new TeamKeyError('locked')
  return key
}

/** What the screens show: whether the team encrypts, whose slots exist, and if this tab holds the key. */
export interface TeamKeyStatus {
  encrypted: boolean
  me: string | null
  /** The TDK is open in this tab (adding a slot is possible). */
  unlocked: boolean
  /** A slot for this member is waiting to be opened here (first unlock on this browser). */
  canJoin: boolean
  members: { member: string; oneTime: boolean; addedBy: string; addedAt: string }[]
}

export async function readTeamKeyStatus(): Promise<TeamKeyStatus> {
  const [state, local] = await Promise.all([readTeamState(true), readCryptoConfig()])
  const keyId = state.config?.encrypted ? state.config.keyId : null
  const ownLocal = keyId !== null && local?.keyId === keyId
  const slots = new Map(Object.entries(state.slots))
  if (state.me && ownLocal && local) slots.set(state.me, slotFromConfig(state.me, local, state.me))
  const snapshot = keyring.getSnapshot()
  return {
    encrypted: keyId !== null,
    me: state.me,
    unlocked: keyId !== null && snapshot.keyId === keyId && snapshot.status === 'unlocked',
    canJoin: keyId !== null && !ownLocal && state.me !== null && state.me in state.slots,
    members: [...slots.values()]
      .map(({ member, oneTime, addedBy, addedAt }) => ({ member, oneTime, addedBy, addedAt }))
      .sort((a, b) => a.member.localeCompare(b.member, 'nl')),
  }
}

/**
 * A member turns encryption on for the connected team. The browser's own data key becomes the
 * TDK: with encryption at rest already on (and unlocked) nothing is re-sealed, the passphrase
 * must be the one that opens it; with it off, it is turned on first with this passphrase.
 */
export async function enableTeamEncryption(
  member: string,
  /** null: the open key is used as it is (connecting an encrypting browser to an empty team). */
  passphrase: string | null,
  actor: string,
): Promise<SyncDoc[]> {
  const state = await readTeamState()
  if (state.config?.encrypted) throw new TeamKeyError('already-encrypted')
  let local = await readCryptoConfig()
  if (local) {
    if (keyring.getSnapshot().keyId !== local.keyId || !keyring.dataKey()) {
      throw new TeamKeyError('locked')
    }
    // Checks the passphrase: it is the one that will open this member's slot.
    if (passphrase !== null) (await unwrapDataKey(local.wrappedKey, passphrase, local.kdf)).fill(0)
  } else {
    if (passphrase === null) throw new TeamKeyError('locked')
    await enableEncryption(passphrase, actor)
    local = await readCryptoConfig()
    if (!local) throw new TeamKeyError('locked')
  }
  const keyId = local.keyId
  await updateTeamState((s) => ({
    ...s,
    me: member,
    config: { encrypted: true, keyId, by: member, at: new Date().toISOString() },
  }))
  return teamKeyDocs()
}

/**
 * First unlock of the team key on this browser, with the passphrase of this member's slot.
 * A slot under a one-time passphrase needs `ownPassphrase`: the TDK is wrapped under it and the
 * one-time slot is replaced. A browser that encrypts with another key of its own writes its
 * records back in plain first (it must be unlocked), then seals them under the TDK.
 */
export async function joinTeamKey(
  passphrase: string,
  ownPassphrase: string | null,
  actor: string,
): Promise<SyncDoc[]> {
  const state = await readTeamState()
  const keyId = state.config?.encrypted ? state.config.keyId : null
  const slot = state.me ? state.slots[state.me] : undefined
  if (!keyId) throw new TeamKeyError('not-encrypted')
  if (!slot || slot.keyId !== keyId) throw new TeamKeyError('no-slot')
  if (slot.oneTime && !ownPassphrase) throw new TeamKeyError('own-passphrase-needed')
  const local = await readCryptoConfig()
  const ownKeyOpen = keyring.dataKey() !== null && keyring.getSnapshot().keyId === local?.keyId
  if (local && local.keyId !== keyId && !ownKeyOpen) {
    throw new TeamKeyError('locked')
  }
  const key = await openSlot(slot, passphrase)
  try {
    if (local?.keyId !== keyId) {
      if (local) await releaseDataKey(actor)
      await adoptDataKey(key, keyId, ownPassphrase ?? passphrase, actor)
    }
  } finally {
    key.fill(0)
  }
  return teamKeyDocs()
}

/**
 * A slot for a new member under a fresh one-time passphrase, returned once to hand over. The
 * slot names who added it by user name (the server sees it; a person's display name stays here).
 */
export async function addKeySlot(member: string): Promise<{ passphrase: string; docs: SyncDoc[] }> {
  const state = await readTeamState()
  const key = openTeamKey(state)
  const keyId = state.config?.keyId ?? ''
  const addedBy = state.me
  if (!addedBy) throw new TeamKeyError('not-encrypted')
  if (member === state.me || member in state.slots) throw new TeamKeyError('slot-exists')
  const passphrase = oneTimePassphrase()
  const kdf = newKeyDerivation()
  const wrapped = await wrapDataKey(key, passphrase, kdf)
  const slot: KeySlotData = {
    member,
    keyId,
    kdf: { ...kdf, salt: toBase64(kdf.salt) },
    wrapped: { iv: toBase64(wrapped.iv), data: toBase64(wrapped.data) },
    oneTime: true,
    addedBy,
    addedAt: new Date().toISOString(),
  }
  await updateTeamState((s) => ({
    ...s,
    slots: { ...s.slots, [member]: slot },
    removed: s.removed.filter((m) => m !== member),
  }))
  return { passphrase, docs: await teamKeyDocs() }
}

/** Deletes a member's slot. What they already copied stays with them (see the README). */
export async function removeKeySlot(member: string): Promise<SyncDoc[]> {
  const state = await readTeamState()
  if (member === state.me) throw new TeamKeyError('own-slot')
  await updateTeamState((s) => {
    const { [member]: _gone, ...slots } = s.slots
    return { ...s, slots, removed: s.removed.includes(member) ? s.removed : [...s.removed, member] }
  })
  return teamKeyDocs()
}

/**
 * The team and key-slot documents this browser publishes: `team:config`, this member's own
 * slot (from the local `crypto` configuration, so a new passphrase re-wraps it), the slots of
 * other members and deletions of removed slots. Built the same way every time, so the bridge
 * can compare them by content with what PouchDB holds.
 */
export async function teamKeyDocs(): Promise<SyncDoc[]> {
  const [state, local] = await Promise.all([readTeamState(), readCryptoConfig()])
  const by = state.me ?? ''
  if (!state.config || !by) return []
  const docs: SyncDoc[] = [teamConfigDoc(state.config, by)]
  const keyId = state.config.encrypted ? state.config.keyId : null
  // A slot of ours that another member removed is not put back.
  const own = keyId !== null && local?.keyId === keyId && !state.removed.includes(by)
  if (own) docs.push(keySlotDoc(slotFromConfig(by, local, by), by))
  for (const slot of Object.values(state.slots)) {
    if (!(own && slot.member === by)) docs.push(keySlotDoc(slot, by))
  }
  for (const member of state.removed) docs.push(removedKeySlotDoc(member, by))
  return docs
}

/**
 * Takes in a `team` or `keyslot` document from PouchDB (anything malformed is ignored and
 * reported as false). `member` is this browser's CouchDB user name.
 */
export async function acceptTeamKeyDoc(doc: SyncDoc, member: string): Promise<boolean> {
  if (doc._id === TEAM_CONFIG_ID) {
    const config = restoreTeamConfig(doc.data)
    if (!config) return false
    await updateTeamState((s) => ({ ...s, me: member, config }))
    return true
  }
  const slotMember = memberOfKeySlotId(doc._id)
  if (slotMember === null) return false
  if (doc._deleted) {
    await updateTeamState((s) => {
      const { [slotMember]: _gone, ...slots } = s.slots
      // Our own slot removed elsewhere: remembered, so this browser stops publishing it.
      const removed = s.removed.filter((m) => m !== slotMember)
      return {
        ...s,
        me: member,
        slots,
        removed: slotMember === member ? [...removed, member] : removed,
      }
    })
    return true
  }
  const slot = restoreKeySlot(doc.data)
  if (!slot || slot.member !== slotMember) return false
  await updateTeamState((s) => ({
    ...s,
    me: member,
    slots: { ...s.slots, [slotMember]: slot },
    removed: s.removed.filter((m) => m !== slotMember),
  }))
  return true
}
