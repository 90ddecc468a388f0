import type { CryptoConfig } from './crypto-config'

/**
 * What tabs compare to notice that encryption was turned on or off elsewhere: the data key's
 * id, and whether everything is being decrypted. A new idle time or passphrase keeps the
 * stamp, so other tabs carry on.
 */
export function configStamp(config: CryptoConfig | null): string {
  if (!config) return 'off'
  return config.migration === 'decrypt' ? `${config.keyId}|decrypt` : config.keyId
}

let expected: string | null = null

/** This tab's own view; set before this tab writes a new configuration. */
export function expectStamp(stamp: string): void {
  expected = stamp
}

export function expectedStamp(): string | null {
  return expected
}
