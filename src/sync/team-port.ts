import { readCryptoConfig } from '../db/encryption/encryption-repo'
import { keyring } from '../db/encryption/keyring'
import { appTeamKeys, type TeamKeySource } from '../db/encryption/team-seal'
import { acceptTeamKeyDoc, enableTeamEncryption, teamKeyDocs } from '../db/encryption/team-keys'
import { EMPTY_TEAM_STATE, updateTeamState } from '../db/encryption/team-state'
import type { SyncDoc, SyncWaitReason } from '../domain/sync/types'

/**
 * What the bridge needs of the team's encryption. The app's port works on this browser's team
 * state and keyring; a test's second laptop in the same process brings its own.
 */
export interface TeamPort {
  keys: TeamKeySource
  /** null when the bridge may run; otherwise why it waits. */
  wait(): Promise<SyncWaitReason | null>
  /** The `team:config` and `keyslot:*` documents this browser publishes. */
  outgoing(): Promise<SyncDoc[]>
  /** Takes in a team or key-slot document (false when malformed). */
  accept(doc: SyncDoc, member: string): Promise<boolean>
  /** Forgets the team's documents (connecting afresh, disconnecting). */
  reset(): Promise<void>
  /** Makes this browser's open data key the team's key (an encrypting browser, empty team). */
  adoptOwnKey(member: string): Promise<void>
  /** Whether this browser encrypts at rest, and whether its key is open. */
  atRest(): Promise<'off' | 'locked' | 'unlocked'>
}

export const appTeamPort: TeamPort = {
  keys: appTeamKeys,
  async wait() {
    const [local, config] = await Promise.all([readCryptoConfig(), appTeamKeys.config()])
    const snapshot = keyring.getSnapshot()
    if (snapshot.migration) return 'migrating'
    if (local && (snapshot.status !== 'unlocked' || snapshot.keyId !== local.keyId)) return 'unlock'
    if (config?.encrypted && config.keyId) {
      return appTeamKeys.key(config.keyId) ? null : 'team-key'
    }
    return local ? 'encrypted-here' : null
  },
  outgoing: teamKeyDocs,
  accept: acceptTeamKeyDoc,
  async reset() {
    await updateTeamState(() => EMPTY_TEAM_STATE)
  },
  async adoptOwnKey(member) {
    await enableTeamEncryption(member, null, '')
  },
  async atRest() {
    const local = await readCryptoConfig()
    if (!local) return 'off'
    const snapshot = keyring.getSnapshot()
    return snapshot.status === 'unlocked' && snapshot.keyId === local.keyId ? 'unlocked' : 'locked'
  },
}
