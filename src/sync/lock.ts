/**
 * One tab syncs (docs/sync-design.md §4): the Web Lock `dsb-sync-<team>` is held while this
 * tab's replication runs; another tab waits for it and takes over when this one closes, from
 * the same positions. Without Web Locks (Node in tests) the work simply runs.
 */
export function holdTeamLock(team: string, run: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (!locks) return run()
  return locks.request(`dsb-sync-${team}`, { mode: 'exclusive' }, run)
}
