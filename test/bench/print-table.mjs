/** The benchmark's results as a table on the console, with the targets at 50,000 youths. */
const round = (n) => Math.round(n * 10) / 10

export function printTable(targets, results, js) {
  const header = [
    'Meting',
    ...results.map((r) => `${r.size.toLocaleString('nl-NL')}`),
    'Doel (50.000)',
  ]
  const rows = targets
    .filter(([key]) => results.some((r) => r[key] !== undefined))
    .map(([key, label, target]) => [
      label,
      ...results.map((r) => (r[key] === undefined ? '—' : String(r[key]))),
      target === null ? '' : typeof target === 'string' ? target : `≤ ${target}`,
    ])
  rows.push([`JS eerste laadbeurt, gzip (KB)`, ...results.map(() => String(js.kb)), '≤ 200'])
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)))
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`)
  for (const r of rows) console.log(line(r))
  const small = results.find((r) => r.size === 500)
  const large = results.find((r) => r.size === 50000)
  if (small?.firstRenderMs && large?.firstRenderMs)
    console.log(
      `\nEerste weergave 50.000 / 500: ${round(large.firstRenderMs / small.firstRenderMs)}× (doel ≤ 3×)`,
    )
}
