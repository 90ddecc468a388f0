import { DEFAULT_IDLE_MINUTES } from './params'

/**
 * checking: the configuration is not read yet · off: no encryption · locked: encryption is on
 * and the key is not in memory · unlocked: the key is in memory.
 */
export type EncryptionStatus = 'checking' | 'off' | 'locked' | 'unlocked'

export interface MigrationProgress {
  direction: 'encrypt' | 'decrypt'
  done: number
  total: number
}

export interface EncryptionSnapshot {
  status: EncryptionStatus
  /** Id of the data key in use (null when off); another tab changing it means: reload. */
  keyId: string | null
  idleMinutes: number
  /** A re-encryption in this tab, with progress; null when none runs. */
  migration: MigrationProgress | null
}

/**
 * The one place the raw data key lives: in memory, in this tab only, never stored. The
 * encryption middleware asks it what to do with every record; the UI subscribes to it.
 */
export class Keyring {
  private key: Uint8Array | null = null
  /** False while decrypting everything (turning encryption off): writes go out plain. */
  private seal = true
  private state: EncryptionSnapshot = {
    status: 'checking',
    keyId: null,
    idleMinutes: DEFAULT_IDLE_MINUTES,
    migration: null,
  }
  private listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): EncryptionSnapshot => this.state

  private update(patch: Partial<EncryptionSnapshot>) {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }

  /** The data key for the middleware, or null (off, locked). */
  dataKey(): Uint8Array | null {
    return this.key
  }

  /** Whether writes must be sealed (a key is present and we are not decrypting). */
  sealsWrites(): boolean {
    return this.key !== null && this.seal
  }

  /** Encryption is configured but the key is not here: plain protected fields are refused. */
  refusesPlainWrites(): boolean {
    return this.state.status === 'locked'
  }

  setOff() {
    this.dropKey()
    this.seal = true
    this.update({ status: 'off', keyId: null, idleMinutes: DEFAULT_IDLE_MINUTES, migration: null })
  }

  setLocked(keyId: string, idleMinutes: number) {
    this.dropKey()
    this.update({ status: 'locked', keyId, idleMinutes, migration: null })
  }

  setUnlocked(key: Uint8Array, keyId: string, idleMinutes: number) {
    this.key = key
    this.seal = true
    this.update({ status: 'unlocked', keyId, idleMinutes })
  }

  setSealing(seal: boolean) {
    this.seal = seal
  }

  setIdleMinutes(idleMinutes: number) {
    this.update({ idleMinutes })
  }

  setMigration(migration: MigrationProgress | null) {
    this.update({ migration })
  }

  /** Overwrites the key bytes before letting go of them. */
  private dropKey() {
    this.key?.fill(0)
    this.key = null
  }
}

export const keyring = new Keyring()
