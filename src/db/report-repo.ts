import { assessmentsByYouth } from '../domain/assessments-by-youth'
import { buildReport, type Report } from '../domain/report/build-report'
import { afterPeildatum, type ReportPeriod } from '../domain/report/periods'
import { newestFirst, type HistoricState } from '../domain/report/point-in-time'
import { scopeKey, type ReportScope } from '../domain/report/scope'
import type { AuditEntry, IsoDate, IsoTimestamp, ReportNote } from '../domain/types'
import { ValidationError } from '../domain/validation'
import { db } from './database'
import { expandAudit } from './audit-repo'
import { changeRecord } from './record-change'
import { getSettings } from './settings-repo'
import { assessmentsIn, youthOf } from './youth-record'

/** Longest Signalen text kept for one period and scope. */
export const REPORT_NOTE_MAX_LENGTH = 10_000

/**
 * Audit entries made at or after `since`, newest first. Read through the `at` index, so a
 * recent peildatum costs only the entries made since, however many youths there are. A batch
 * is indexed by its newest line, so the one batch that straddles `since` brings older lines
 * along: they are left out here.
 */
export async function auditSince(since: IsoTimestamp): Promise<AuditEntry[]> {
  const stored = await db.audit.where('at').aboveOrEqual(since).toArray()
  return newestFirst(expandAudit(stored).filter((e) => e.at >= since))
}

/** The history a report on `period` needs: everything since its previous peildatum. */
export async function reportHistory(previous: Pick<ReportPeriod, 'end'>): Promise<AuditEntry[]> {
  return auditSince(afterPeildatum(previous.end))
}

export function reportNoteId(periodEnd: IsoDate, scope: ReportScope): string {
  return `${periodEnd}|${scopeKey(scope)}`
}

export async function getReportNote(
  periodEnd: IsoDate,
  scope: ReportScope,
): Promise<ReportNote | undefined> {
  return db.reportNotes.get(reportNoteId(periodEnd, scope))
}

/**
 * Stores the provider's Signalen for one period and scope, with an audit line (kind
 * 'settings': the note is the provider's own text, not a youth's data). Unchanged text writes
 * nothing; too long a text is refused and writes nothing.
 */
export async function saveReportNote(
  periodEnd: IsoDate,
  scope: ReportScope,
  text: string,
  actor: string,
): Promise<ReportNote> {
  const clean = text.replace(/\s+$/u, '')
  if (clean.length > REPORT_NOTE_MAX_LENGTH) throw new ValidationError({ text: 'tooLong' })
  const id = reportNoteId(periodEnd, scope)
  return db.transaction('rw', db.reportNotes, db.audit, async () =>
    changeRecord(db.reportNotes, id, {
      next: (before): ReportNote =>
        before && before.text === clean
          ? before
          : {
              id,
              text: clean,
              updatedAt: new Date().toISOString(),
              updatedBy: actor,
              // Open team-sync conflicts stay until a person chooses (docs/sync-design.md §5).
              ...(before?.syncConflicts ? { syncConflicts: before.syncConflicts } : {}),
            },
      audit: (before, note) => ({
        actor,
        kind: 'settings',
        youthId: null,
        preconditionId: null,
        before: before ?? null,
        after: note,
        at: note.updatedAt,
      }),
    }),
  )
}

/**
 * Everything a report needs from storage in one read transaction. The screen takes the youths
 * from the board's memory instead; this is for tests and the benchmark.
 */
export async function loadReportSource(
  previous: Pick<ReportPeriod, 'end'>,
): Promise<{ current: HistoricState; history: AuditEntry[] }> {
  return db.transaction('r', db.youths, db.settings, db.audit, async () => {
    const [stored, settings, history] = await Promise.all([
      db.youths.toArray(),
      getSettings(),
      reportHistory(previous),
    ])
    return {
      current: {
        youths: new Map(stored.map((y) => [y.id, youthOf(y)])),
        assessments: assessmentsByYouth(stored.flatMap(assessmentsIn)),
        settings,
      },
      history,
    }
  })
}

/** Reads storage and works out the report for one period and scope. */
export async function reportFromDatabase(request: {
  period: ReportPeriod
  previous: ReportPeriod
  scope: ReportScope
  createdAt?: IsoTimestamp
}): Promise<Report> {
  const source = await loadReportSource(request.previous)
  return buildReport({
    ...source,
    period: request.period,
    previous: request.previous,
    scope: request.scope,
    createdAt: request.createdAt ?? new Date().toISOString(),
  })
}
