/**
 * Every stored youth, assessment and the settings record carries the version it was last
 * changed to: 1 when created, +1 on every write. An edit remembers the version it started from,
 * so saving over a newer one (another tab, later another laptop) is noticed, never silent.
 * Records written before versions existed have none and count as version 0.
 */
export function versionOf(record: unknown): number {
  if (typeof record !== 'object' || record === null) return 0
  const version = (record as { version?: unknown }).version
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0
}

/** Who made the newer version and when, to name it to the user. */
export interface LastChange {
  actor: string
  /** ISO timestamp. */
  at: string
}
