/**
 * Timings of work that does not go through the board's DOM (summary, exports, import),
 * called on the benchmark page through `window.__bench`.
 */
export const workTimings = {
  /** Before the history dataset is written: the import of a generated CSV into an empty database. */
  async beforeSeed(page, size, runs) {
    const times = []
    let result
    for (let i = 0; i < Math.min(runs, size >= 50000 ? 2 : 3); i++) {
      const run = await page.evaluate((n) => window.__bench.importCsv(n), size)
      if (run.result.added !== size) throw new Error(`import added ${run.result.added} of ${size}`)
      times.push(run.ms)
      result = run.result
    }
    const sorted = times.sort((a, b) => a - b)
    const importMs = Math.round(
      (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) /
        2,
    )
    console.log(`  import of ${size} CSV rows: ${importMs} ms`, result)
    return { importMs }
  },
  async afterSeed() {
    return {}
  },
  targets: [['importMs', 'Import CSV met evenveel rijen (ms)', 10000]],
}
