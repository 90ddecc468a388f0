import type { Report } from '../domain/report/build-report'
import type { Owner } from '../domain/types'
import { preconditionName, reasonCodeLabel } from './labels'
import type { Dictionary } from './nl'

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
