import type { LastChange } from '../domain/versions/record-version'

/**
 * A save started from an older version than the one stored (another tab saved in between).
 * Thrown inside the transaction before anything is written; carries the stored record so the
 * screen can merge or show both versions.
 */
export class StaleRecordError<T = unknown> extends Error {
  constructor(
    /** What was saved, e.g. 'Assessment'. */
    readonly what: string,
    readonly expectedVersion: number,
    /** The stored record (undefined when there is none any more). */
    readonly current: T | undefined,
    readonly currentVersion: number,
    readonly lastChange: LastChange | null,
  ) {
    super(`${what} changed meanwhile: expected version ${expectedVersion}, found ${currentVersion}`)
    this.name = 'StaleRecordError'
  }
}
