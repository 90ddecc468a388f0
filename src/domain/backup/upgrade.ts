import type { BackupData } from './format'

/**
 * Steps that bring the data of an older back-up to the next schema version, mirroring the
 * Dexie upgrades in src/db/database.ts. A version without a step only gained new tables, which
 * `upgradeBackupData` adds empty.
 */
const STEPS: Record<number, (data: BackupData) => BackupData> = {
  // v2 added reviews, review items, snapshots and report notes, and youths' red streaks.
  1: (data) => ({
    ...data,
    youths: (data.youths ?? []).map((y) =>
      typeof y === 'object' && y !== null && !('redStreaks' in y) ? { ...y, redStreaks: {} } : y,
    ),
  }),
}

export function upgradeBackupData(
  data: BackupData,
  from: number,
  to: number,
  tables: readonly string[],
): BackupData {
  let out = data
  for (let version = from; version < to; version++) out = STEPS[version]?.(out) ?? out
  const filled: BackupData = { ...out }
  for (const table of tables) filled[table] ??= []
  return filled
}

/** One table's batch of records brought to the current version (every step is per record). */
export function upgradeRecords(
  table: string,
  records: unknown[],
  from: number,
  to: number,
): unknown[] {
  return from >= to ? records : (upgradeBackupData({ [table]: records }, from, to, [])[table] ?? [])
}
