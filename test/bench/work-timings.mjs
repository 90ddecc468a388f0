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
  async afterSeed(page, runs) {
    const timings = {}
    const measure = async (key, fn, arg, times) => {
      const values = []
      for (let i = 0; i < times; i++) values.push((await page.evaluate(fn, arg)).ms)
      values.sort((a, b) => a - b)
      const lo = values[Math.floor((values.length - 1) / 2)]
      const hi = values[Math.ceil((values.length - 1) / 2)]
      timings[key] = Math.round((lo + hi) / 2)
    }
    await measure('summaryAllMs', (k) => window.__bench.summary(k), 'all', runs)
    await measure('summaryMunicipalityMs', (k) => window.__bench.summary(k), 'gemeente', runs)
    await measure('excelMs', (k) => window.__bench.exportList(k), 'xlsx', Math.min(runs, 3))
    await measure('csvMs', (k) => window.__bench.exportList(k), 'csv', Math.min(runs, 3))
    console.log(
      `  summary all ${timings.summaryAllMs} ms, one gemeente ${timings.summaryMunicipalityMs} ms, Excel ${timings.excelMs} ms, CSV ${timings.csvMs} ms`,
    )
    return timings
  },
  targets: [
    ['summaryAllMs', 'Zeswekelijkse rapportage, alle gemeenten (ms)', 1000],
    ['summaryMunicipalityMs', 'Zeswekelijkse rapportage, één gemeente (ms)', null],
    ['excelMs', 'Export Excel, volledige lijst (ms)', 5000],
    ['csvMs', 'Export CSV, volledige lijst (ms)', null],
    ['importMs', 'Import CSV met evenveel rijen (ms)', 10000],
  ],
}
