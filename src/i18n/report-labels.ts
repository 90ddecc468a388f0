import type { Report } from '../../domain/report/build-report'
import type { Owner } from '../../domain/types'
import type { Dictionary } from '../../i18n'
import { preconditionName, reasonCodeLabel } from '../../i18n/labels'

export interface TableOptions {
  /** Roepnaam/initialen in the Jongerenlijst: only after the user's explicit choice. */
  includeNames: boolean
}

/** Display names in a report: today's names for preconditions, the code's label, the eigenaar. */
export function reportLabels(report: Report, t: Dictionary) {
  const names = new Map(report.preconditions.map((p) => [p.id, preconditionName(t, p)]))
  const codes = new Map(report.settings.reasonCodes.map((c) => [c.code, c]))
  return {
    precondition: (id: string) => names.get(id) ?? t.preconditions[id] ?? id,
    code: (code: string) => {
      const def = codes.get(code)
      return def ? reasonCodeLabel(t, def) : (t.reasonCodes[code] ?? '')
    },
    owner: (owner: Owner | null) => (owner ? t.owners[owner] : t.report.rows.noOwner),
  }
}
