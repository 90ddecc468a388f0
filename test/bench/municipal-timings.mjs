/**
 * Timings of the Gemeente-overzicht on the benchmark page (`window.__bench.municipal`):
 * uitwisselbestanden of 60 providers over 12 rondes with about `size` youth rows per ronde.
 */
const middle = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const lo = sorted[Math.floor((sorted.length - 1) / 2)]
  const hi = sorted[Math.ceil((sorted.length - 1) / 2)]
  return Math.round(((lo + hi) / 2) * 10) / 10
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return Math.round((usedSize / 1024 / 1024) * 10) / 10
}

export const municipalTimings = {
  async measure(page, size, runs) {
    const call = (name, ...args) =>
      page.evaluate(([n, a]) => window.__bench.municipal[n](...a), [name, args])
    const times = async (count, once) => {
      const values = []
      for (let i = 0; i < count; i++) values.push((await once(i)).ms)
      return middle(values)
    }
    const seeded = await call('seed', size)
    console.log(
      `  Gemeente-overzicht: 11 rondes stored in ${Math.round(seeded.ms)} ms:`,
      seeded.result,
    )
    const t = {
      municipalSeedMs: Math.round(seeded.ms),
      municipalRows: seeded.result.newestRows,
      municipalFiles: seeded.result.newestFiles,
    }

    // Loading the newest ronde (60 files): again and again replaces the same files.
    t.municipalLoadMs = await times(Math.min(runs, 3), () => call('load'))
    // The first opening after the upgrade to schema v9 makes every file's digest once.
    t.municipalDigestsOnceMs = Math.round((await call('makeDigests')).ms)
    // Opening: every file's digest and the rows of the newest ronde and the one before it
    // read (as the screen's live queries), then the overview worked out.
    t.municipalReadMs = await times(runs, () => call('read'))
    t.municipalOverviewMs = await times(runs, () => call('overview', null, null))
    t.municipalOpenMs = Math.round((t.municipalReadMs + t.municipalOverviewMs) * 10) / 10
    t.municipalHeapMb = await heapMb(page)
    const latest = (await call('overview', null, null)).result.ronde
    const previous = await call('previousRonde')
    t.municipalRondeSwitchMs = await times(runs, (i) =>
      call('switchRonde', i % 2 === 0 ? previous : latest),
    )
    await call('switchRonde', null)
    const gemeente = await call('largestMunicipality')
    t.municipalGemeenteMs = await times(runs, () => call('overview', null, gemeente))
    await call('overview', null, null)
    t.municipalFilterMs = await times(runs, (i) =>
      call('filter', i % 2 === 0 ? 'provider-rood' : 'overdue'),
    )
    t.municipalExcelMs = await times(Math.min(runs, 2), () => call('export', 'xlsx'))
    t.municipalCsvMs = await times(Math.min(runs, 2), () => call('export', 'csv'))
    console.log(
      `  load ${t.municipalLoadMs} ms, digests once ${t.municipalDigestsOnceMs} ms, read ${t.municipalReadMs} ms, overview ${t.municipalOverviewMs} ms, open ${t.municipalOpenMs} ms, heap ${t.municipalHeapMb} MB, ronde switch ${t.municipalRondeSwitchMs} ms, one gemeente ${t.municipalGemeenteMs} ms, filter ${t.municipalFilterMs} ms, Excel ${t.municipalExcelMs} ms, CSV ${t.municipalCsvMs} ms`,
    )
    return t
  },
  targets: [
    ['municipalRows', 'Gemeente-overzicht: jongerenrijen in de nieuwste ronde', null],
    ['municipalFiles', 'Gemeente-overzicht: bestanden in de nieuwste ronde', null],
    ['municipalLoadMs', 'Uitwisselbestanden van de nieuwste ronde laden (ms)', 10000],
    ['municipalDigestsOnceMs', 'Samenvattingen per bestand eenmalig maken (ms)', null],
    ['municipalReadMs', 'Lezen: samenvattingen + rijen van 2 rondes (ms)', null],
    ['municipalOverviewMs', 'Overzicht berekenen, alle gemeenten (ms)', 1000],
    ['municipalOpenMs', 'Overzicht openen: lezen + berekenen (ms)', 2000],
    ['municipalHeapMb', 'JS-heap na openen Gemeente-overzicht (MB)', 150],
    ['municipalRondeSwitchMs', 'Andere ronde kiezen: lezen + berekenen (ms)', 1000],
    ['municipalGemeenteMs', 'Overzicht voor één gemeente (ms)', null],
    ['municipalFilterMs', 'Jongeren filteren (ms)', 100],
    ['municipalExcelMs', 'Gemeente-overzicht naar Excel, 7 bladen (ms)', null],
    ['municipalCsvMs', 'Gemeente-overzicht Jongeren als CSV (ms)', null],
  ],
}
