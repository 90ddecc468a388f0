/**
 * A board status change with team sync's outbox on against off (issue 19: at most 10 ms
 * slower). The outbox is switched the way the app switches it when it opens: through the
 * settings record `sync` (a team connection), read once at start, so each block reloads the
 * board. Blocks alternate off, on, off, on on the same seeded database, so a drift in the
 * machine's load falls on both sides.
 */
import { sortOnce, statusChangeOnce, timeUntilInPage } from './board-timings.mjs'

const middle = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const lo = sorted[Math.floor((sorted.length - 1) / 2)]
  const hi = sorted[Math.ceil((sorted.length - 1) / 2)]
  return Math.round(((lo + hi) / 2) * 10) / 10
}

export const syncStatusTimings = {
  targets: [
    ['statusChangeSyncOffMs', 'Statuswijziging, sync uit (ms)', null],
    ['statusChangeSyncOnMs', 'Statuswijziging, sync aan (outbox) (ms)', 'uit + 10'],
    ['statusWriteSyncOffMs', '  alleen de schrijfactie, sync uit (ms)', null],
    ['statusWriteSyncOnMs', '  alleen de schrijfactie, sync aan (ms)', 'uit + 10'],
  ],
  /** `openBench` and `openBoard` navigate the page to the benchmark page and the loaded board. */
  async measure(page, runs, { openBench, openBoard }) {
    const times = { off: [], on: [] }
    const rows = { off: 0, on: 0 }
    for (const mode of ['off', 'on', 'off', 'on']) {
      await openBench()
      await page.evaluate((on) => window.__bench.syncSwitch(on), mode === 'on')
      await openBoard()
      await page.evaluate(timeUntilInPage)
      // A stable order (by cliëntnummer), so the changed row stays in view.
      await page.evaluate(sortOnce, 'Cliëntnummer')
      // One change untimed: the first after a load also pays for opening the editor's code.
      await page.evaluate(statusChangeOnce)
      for (let i = 0; i < runs; i++) times[mode].push(await page.evaluate(statusChangeOnce))
      await openBench()
      // The rows this block left in the outbox (cleared by the switch): proof it was on or off.
      rows[mode] += await page.evaluate(() => window.__bench.syncSwitch(false))
    }
    // The write alone, many times, on and off in turn: the outbox's own cost without the noise
    // of rendering and of the machine's load between blocks.
    await openBench()
    const writes = await page.evaluate(
      (n) => window.__bench.syncWrites(n),
      Math.max(200, runs * 20),
    )
    const result = {
      statusChangeSyncOffMs: middle(times.off),
      statusChangeSyncOnMs: middle(times.on),
      statusWriteSyncOffMs: Math.round(writes.offMs * 100) / 100,
      statusWriteSyncOnMs: Math.round(writes.onMs * 100) / 100,
    }
    console.log(
      `  status write alone (setAssessment), sync off ${result.statusWriteSyncOffMs} ms, on ${result.statusWriteSyncOnMs} ms (${writes.rows} outbox rows)`,
    )
    console.log(
      `  blocks off: ${times.off.map(Math.round).join(' ')}; on: ${times.on.map(Math.round).join(' ')}`,
    )
    console.log(
      `  status change, sync off ${result.statusChangeSyncOffMs} ms (${times.off.length}×, ${rows.off} outbox rows),` +
        ` sync on ${result.statusChangeSyncOnMs} ms (${times.on.length}×, ${rows.on} outbox rows):` +
        ` ${Math.round((result.statusChangeSyncOnMs - result.statusChangeSyncOffMs) * 10) / 10} ms`,
    )
    if (rows.off !== 0 || rows.on < times.on.length + 2) {
      throw new Error(`outbox rows off ${rows.off}, on ${rows.on}: the switch did not take`)
    }
    return result
  },
}
