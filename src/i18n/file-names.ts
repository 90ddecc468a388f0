import { reportFileName } from '../domain/report/file-name'
import { scopeName, type ReportScope } from '../domain/report/scope'
import type { IsoDate } from '../domain/types'
import type { Dictionary } from './nl'

/**
 * A Rapportage export or uitwisselbestand named in the user's language:
 * "Rapportage_De-Linde_regio-Haaglanden_peildatum-2026-03-29.xlsx" in Dutch,
 * "Report_De-Linde_region-Haaglanden_reference-date-2026-03-29.xlsx" in English.
 */
export function reportDownloadName(
  t: Dictionary,
  parts: { prefix: string; provider: string; scope: ReportScope; peildatum: IsoDate },
  extension: string,
): string {
  const { scope } = parts
  const r = t.report
  const area =
    scope.kind === 'all'
      ? r.allFileName
      : scope.kind === 'regio'
        ? `${r.fileRegionWord} ${scopeName(scope, r.scopeAll)}`
        : scopeName(scope, r.scopeAll)
  return reportFileName({
    prefix: parts.prefix,
    provider: parts.provider,
    scope: area,
    peildatum: parts.peildatum,
    extension,
    dateWord: r.fileDateWord,
  })
}
