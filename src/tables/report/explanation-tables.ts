import { formatDutchDate } from '../../domain/dates'
import type { Report } from '../../domain/report/build-report'
import { scopeName } from '../../domain/report/scope'
import type { Dictionary } from '../../i18n'
import { criteriaOf, preconditionName, reasonCodeLabel } from '../../i18n/labels'
import type { ExportTable } from '../table'
import { text } from './cells'
import { TABLE_NUMBERS } from './table-numbers'

/** Toelichting: what the report is, its definitions, the criteria and the knelpuntcodes. */
export function explanationTables(report: Report, t: Dictionary) {
  const r = t.report
  const c = r.columns
  const about: ExportTable = {
    title: r.tableTitle(TABLE_NUMBERS.about, r.tables.about),
    headers: [c.term2, c.explanation],
    rows: [
      [text(r.meta.provider), text(report.providerName || t.common.none)],
      [text(r.meta.scope), text(scopeName(report.scope, r.scopeAll))],
      [text(r.meta.period), text(r.periodText(report.period.start, report.period.end))],
      [text(r.meta.peildatum), text(formatDutchDate(report.period.end))],
      [text(r.meta.previous), text(formatDutchDate(report.previousPeildatum))],
      [text(r.meta.made), text(r.madeText(report.createdAt))],
      [
        text(r.provisionalLabel),
        text(report.period.provisional ? r.provisionalYes : r.provisionalNo),
      ],
    ],
  }
  const definitions: ExportTable = {
    title: r.tableTitle(TABLE_NUMBERS.definitions, r.tables.definitions),
    headers: [c.term2, c.explanation],
    rows: r.definitions.map(([term, meaning]) => [text(term), text(meaning)]),
  }
  const criteria: ExportTable = {
    title: r.tableTitle(TABLE_NUMBERS.criteria, r.tables.criteria),
    headers: [c.precondition, c.groen, c.oranje, c.rood],
    rows: report.preconditions.map((p) => {
      const k = criteriaOf(t, p)
      return [text(preconditionName(t, p)), text(k.groen), text(k.oranje), text(k.rood)]
    }),
  }
  const enabledIds = new Set(report.preconditions.map((p) => p.id))
  const codes: ExportTable = {
    title: r.tableTitle(TABLE_NUMBERS.codes, r.tables.codes),
    headers: [c.code, c.description, c.precondition],
    rows: report.settings.reasonCodes
      .filter(
        (code) =>
          code.enabled && (code.preconditionId === null || enabledIds.has(code.preconditionId)),
      )
      .map((code) => {
        const owner = report.preconditions.find((p) => p.id === code.preconditionId)
        return [
          text(code.code),
          text(reasonCodeLabel(t, code)),
          text(owner ? preconditionName(t, owner) : t.settings.anyPrecondition),
        ]
      }),
  }
  return { about, definitions, criteria, codes }
}
