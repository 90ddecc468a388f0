import { formatDutchDate } from '../../domain/dates'
import type { MunicipalOverview } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { text } from '../report/cells'
import type { ExportTable } from '../table'
import { selectionName } from './municipal-labels'
import { tableTitle } from './table-title'

/** The daily tariffs the money figures used, one line each. */
function tariffText(overview: MunicipalOverview, t: Dictionary): string {
  const m = t.municipalExport
  if (!overview.money) return m.about.noTariffs
  return overview.money.perArrangement
    .map((a) =>
      a.tariff === null
        ? `${t.livingArrangements[a.livingArrangement]}: ${m.rows.noTariff}`
        : m.tariffLine(t.livingArrangements[a.livingArrangement], a.tariff),
    )
    .join('\n')
}

/** Toelichting: the ronde and its window, the selection, the sources and the terms. */
export function explanationTables(overview: MunicipalOverview, t: Dictionary) {
  const m = t.municipalExport
  const c = m.columns
  const a = m.about
  const ronde = overview.ronde
  const about: ExportTable = {
    title: tableTitle('about', t),
    headers: [c.term2, c.explanation],
    rows: [
      [text(a.ronde), text(ronde ? formatDutchDate(ronde.date) : m.noRonde)],
      [text(a.window), text(ronde ? a.windowText(ronde.windowStart, ronde.date) : '')],
      [text(a.provisional), text(ronde?.provisional ? a.provisionalYes : a.provisionalNo)],
      [text(a.selection), text(selectionName(overview.selection, t))],
      [
        text(a.providers),
        text(a.providersText(overview.providers.length, overview.missing.length)),
      ],
      [text(a.tariffs), text(tariffText(overview, t))],
    ],
  }
  const sources: ExportTable = {
    title: tableTitle('sources', t),
    headers: [c.figure, c.source, c.explanation],
    rows: m.sourceRows.map(([figure, source, note]) => [text(figure), text(source), text(note)]),
  }
  const definitions: ExportTable = {
    title: tableTitle('definitions', t),
    headers: [c.term2, c.explanation],
    rows: m.definitions.map(([term, meaning]) => [text(term), text(meaning)]),
  }
  return { about, sources, definitions }
}
