import type { Assessment, AuditEntry, IsoTimestamp, Status, Youth } from '../types'
import { sameYouthValue } from '../youth-input'
import type { ImportPlan } from './plan'
import type { AssessmentDetails } from './types'

export interface ImportRecords {
  /** New youths and changed existing ones. */
  youths: Youth[]
  assessments: Assessment[]
  audit: Omit<AuditEntry, 'id'>[]
  /** Locations named in the sheet, to offer in the youth form later. */
  locations: string[]
  added: number
  updated: number
}

export interface BuildContext {
  actor: string
  now: IsoTimestamp
  newId: () => string
  /** The stored youths that the plan updates, by id. */
  current: ReadonlyMap<string, Youth>
  /** Their stored assessments, by `${youthId}|${preconditionId}`. */
  currentAssessments: ReadonlyMap<string, Assessment>
}

function assessmentFor(
  youthId: string,
  preconditionId: string,
  status: Status,
  details: AssessmentDetails | undefined,
  before: Assessment | undefined,
  { actor, now }: BuildContext,
): Assessment {
  return {
    youthId,
    preconditionId,
    status,
    reasonCodes: before?.reasonCodes ?? [],
    note: details?.note ?? before?.note ?? '',
    action: details?.action ?? before?.action ?? '',
    owner: before?.owner ?? null,
    dueDate: before?.dueDate ?? null,
    changedBy: actor,
    changedAt: now,
  }
}

/**
 * Turns a plan into the records to store, each change with its audit line (old → new), as the
 * form and the assessment editor would write them. An unchanged status writes nothing.
 */
export function buildImportRecords(plan: ImportPlan, context: BuildContext): ImportRecords {
  const { actor, now } = context
  const out: ImportRecords = {
    youths: [],
    assessments: [],
    audit: [],
    locations: [],
    added: 0,
    updated: 0,
  }
  const locations = new Set<string>()
  const line = (entry: Omit<AuditEntry, 'id' | 'at' | 'actor'>) =>
    out.audit.push({ ...entry, actor, at: now })

  const addAssessments = (
    youthId: string,
    statuses: Record<string, Status>,
    details: Record<string, AssessmentDetails> | undefined,
    audit = true,
  ) => {
    const ids = details ? new Set([...Object.keys(statuses), ...Object.keys(details)]) : null
    for (const preconditionId of ids ?? Object.keys(statuses)) {
      const before = context.currentAssessments.get(`${youthId}|${preconditionId}`)
      const given = statuses[preconditionId]
      const detail = details?.[preconditionId]
      // Only a toelichting or actie, no status: a new assessment starts as onbekend.
      const status = given ?? before?.status ?? 'onbekend'
      const after = assessmentFor(youthId, preconditionId, status, detail, before, context)
      if (before?.status === status && before.note === after.note && before.action === after.action)
        continue
      if (!before && given === undefined && after.note === '' && after.action === '') continue
      out.assessments.push(after)
      if (audit)
        line({ kind: 'assessment', youthId, preconditionId, before: before ?? null, after })
    }
  }

  for (const add of plan.adds) {
    const youth: Youth = {
      ...add.values,
      id: context.newId(),
      outflow: null,
      lastReviewDate: null,
      redStreaks: {},
      createdAt: now,
      updatedAt: now,
    }
    out.youths.push(youth)
    // A new youth's creation line carries its first statuses: one audit record per youth instead
    // of one per assessment keeps a 50,000-row import within what IndexedDB writes in seconds.
    line({
      kind: 'youth',
      youthId: youth.id,
      preconditionId: null,
      before: null,
      after: { ...youth, importedStatuses: add.statuses },
    })
    addAssessments(youth.id, add.statuses, add.details, false)
    if (youth.location) locations.add(youth.location)
    out.added++
  }
  for (const update of plan.updates) {
    const before = context.current.get(update.youthId)
    if (!before) throw new Error(`Youth ${update.youthId} is no longer on the board`)
    const after: Youth = { ...before, ...update.values, updatedAt: now }
    const changed = (Object.keys(update.values) as (keyof typeof update.values)[]).some(
      (key) => !sameYouthValue(key, before[key], after[key]),
    )
    if (changed) {
      out.youths.push(after)
      line({ kind: 'youth', youthId: after.id, preconditionId: null, before, after })
    }
    addAssessments(after.id, update.statuses, update.details)
    if (after.location) locations.add(after.location)
    out.updated++
  }
  out.locations = [...locations]
  return out
}
