import type { Assessment } from './types'

/** Assessments by youth id, then by precondition id; with `only`, just those youths. */
export function assessmentsByYouth(
  assessments: Iterable<Assessment>,
  only?: ReadonlySet<string>,
): Map<string, Map<string, Assessment>> {
  const byYouth = new Map<string, Map<string, Assessment>>()
  for (const a of assessments) {
    if (only && !only.has(a.youthId)) continue
    let inner = byYouth.get(a.youthId)
    if (!inner) byYouth.set(a.youthId, (inner = new Map<string, Assessment>()))
    inner.set(a.preconditionId, a)
  }
  return byYouth
}
