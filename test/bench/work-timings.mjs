/**
 * Timings of work that does not go through the board's DOM (summary, exports, import),
 * called on the benchmark page through `window.__bench`.
 */
/** The median of a few timings. */
function middle(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2
  )
}

export const workTimings = {
  /** Before the history dataset is written: the import of a generated CSV into an empty database. */
  async beforeSeed(page, size, runs) {
    const times = []
    const floors = []
    let result
    let records = 0
    for (let i = 0; i < Math.min(runs, size >= 50000 ? 2 : 3); i++) {
      const run = await page.evaluate((n) => window.__bench.importCsv(n), size)
      if (run.result.added !== size) throw new Error(`import added ${run.result.added} of ${size}`)
      times.push(run.ms)
      floors.push(run.floor.ms)
      records = run.floor.records
      result = run.result
    }
    const importMs = Math.round(middle(times))
    // The raw floor: the same records put with plain IndexedDB in one transaction, same run.
    const importFloorMs = Math.round(middle(floors))
    const importFloorShare = Math.round((importFloorMs / importMs) * 100)
    console.log(
      `  import of ${size} CSV rows: ${importMs} ms`,
      result,
      `— raw floor ${importFloorMs} ms for ${records} records: import at ${importFloorShare} % of the floor's throughput`,
    )
    return { importMs, importFloorMs, importFloorShare }
  },
  async afterSeed(page, runs) {
    const timings = {}
    const measure = async (key, fn, arg, times) => {
      const runs = []
      for (let i = 0; i < times; i++) runs.push(await page.evaluate(fn, arg))
      timings[key] = Math.round(middle(runs.map((r) => r.ms)))
      // The summary's own part beside it: reading the audit entries since the previous peildatum.
      if (runs[0].historyMs !== undefined)
        timings[key.replace(/Ms$/, 'HistoryMs')] = Math.round(middle(runs.map((r) => r.historyMs)))
    }
    // The floor of the board's load: every youth and assessment read with plain IndexedDB.
    await measure('readFloorMs', () => window.__bench.rawRead(), null, 3)
    console.log(`  raw read of every youth and assessment: ${timings.readFloorMs} ms`)
    await measure('summaryAllMs', (k) => window.__bench.summary(k), 'all', runs)
    await measure('summaryMunicipalityMs', (k) => window.__bench.summary(k), 'gemeente', runs)
    await measure('excelMs', (k) => window.__bench.exportList(k), 'xlsx', Math.min(runs, 3))
    await measure('csvMs', (k) => window.__bench.exportList(k), 'csv', Math.min(runs, 3))
    console.log(
      `  summary all ${timings.summaryAllMs} ms (reading the audit ${timings.summaryAllHistoryMs} ms), one gemeente ${timings.summaryMunicipalityMs} ms (${timings.summaryMunicipalityHistoryMs} ms), Excel ${timings.excelMs} ms, CSV ${timings.csvMs} ms`,
    )
    return timings
  },
  targets: [
    ['summaryAllMs', 'Zeswekelijkse rapportage, alle gemeenten (ms)', 500],
    ['summaryAllHistoryMs', '  waarvan audit lezen (ms)', null],
    ['summaryMunicipalityMs', 'Zeswekelijkse rapportage, één gemeente (ms)', 200],
    ['summaryMunicipalityHistoryMs', '  waarvan audit lezen (ms)', null],
    ['excelMs', 'Export Excel, volledige lijst (ms)', 5000],
    ['csvMs', 'Export CSV, volledige lijst (ms)', null],
    ['importMs', 'Import CSV met evenveel rijen (ms)', 10000],
    ['importFloorMs', '  ruwe IndexedDB-vloer, zelfde records (ms)', null],
    ['importFloorShare', '  import t.o.v. vloer, doorvoer (%)', '≥ 50'],
  ],
}
