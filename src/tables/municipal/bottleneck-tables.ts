import type { MunicipalOverview } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { num, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { codeLabel, ownerLabel } from './municipal-labels'
import { tableTitle } from './table-title'

/** Tabel 9: knelpunten per code, youths and at how many providers. */
export function perCodeTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const c = t.municipalExport.columns
  return {
    title: tableTitle('perCode', t),
    headers: [c.code, c.youths, c.providers, c.description],
    rows: overview.figures.reasonCodes.map((code) => [
      text(code.code),
      num(code.youths),
      num(code.providers),
      text(codeLabel(code.code, t)),
    ]),
  }
}

/** Tabel 10: open randvoorwaarden per eigenaar: who has to act. */
export function perOwnerTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const c = t.municipalExport.columns
  return {
    title: tableTitle('perOwner', t),
    headers: [c.owner, c.youths, c.rood, c.overdue],
    rows: overview.figures.owners.map((o) => [
      text(ownerLabel(o.owner, t)),
      num(o.youths),
      num(o.rood),
      num(o.overdue),
    ]),
  }
}

const byName = new Intl.Collator('nl', { numeric: true })

/** Per code: per provider the youths with that code (a youth once per code). */
function codesPerProvider(overview: MunicipalOverview) {
  const perCode = new Map<string, Map<string, { providerName: string; youths: number }>>()
  for (const { providerKey, providerName, row } of overview.youths) {
    const codes = row.reasonCodes.length > 1 ? new Set(row.reasonCodes) : row.reasonCodes
    for (const code of codes) {
      let providers = perCode.get(code)
      if (!providers) {
        providers = new Map()
        perCode.set(code, providers)
      }
      const entry = providers.get(providerKey) ?? { providerName, youths: 0 }
      entry.youths++
      providers.set(providerKey, entry)
    }
  }
  return perCode
}

/**
 * Tabel 16, the Knelpunten sheet: every code over all providers and per provider, then the
 * eigenaren, in one long table so a spreadsheet user can filter on any column.
 */
export function bottleneckListTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const g = m.groupings
  const perProvider = codesPerProvider(overview)
  const rows: Cell[][] = []
  for (const code of overview.figures.reasonCodes) {
    const label = codeLabel(code.code, t)
    rows.push([
      text(g.code),
      text(code.code),
      text(label),
      text(m.rows.allProviders),
      num(code.youths),
      num(code.providers),
      num(null),
      num(null),
    ])
    const providers = [...(perProvider.get(code.code)?.values() ?? [])].sort((a, b) =>
      byName.compare(a.providerName, b.providerName),
    )
    for (const p of providers) {
      rows.push([
        text(g.codeProvider),
        text(code.code),
        text(label),
        text(p.providerName),
        num(p.youths),
        num(null),
        num(null),
        num(null),
      ])
    }
  }
  for (const o of overview.figures.owners) {
    rows.push([
      text(g.owner),
      text(ownerLabel(o.owner, t)),
      text(''),
      text(m.rows.allProviders),
      num(o.youths),
      num(null),
      num(o.rood),
      num(o.overdue),
    ])
  }
  return {
    title: tableTitle('bottleneckList', t),
    headers: [
      c.grouping,
      c.code,
      c.description,
      c.provider,
      c.youths,
      c.providers,
      c.rood,
      c.overdue,
    ],
    rows,
  }
}
