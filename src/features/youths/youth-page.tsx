import { Link } from 'wouter'
import { StatusBadge } from '../../components/status-badge'
import { StaleRecordError } from '../../db/stale-record'
import { undoOutflow } from '../../db/youths-repo'
import { eighteenthBirthday, formatDutchDate } from '../../domain/dates'
import { municipalityName, regionOfYouth } from '../../domain/municipalities'
import { versionOf } from '../../domain/versions/record-version'
import { deriveOverview } from '../../domain/youth-overview'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { preconditionName, reasonCodeLabel, useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import { useNotices } from '../../stores/notice-store'
import { auditBetweenReviews, youthTimeline } from '../../domain/review/timeline'
import { useActor } from '../../stores/preferences-store'
import { AuditList } from './audit-list'
import { YouthSyncConflicts } from './youth-sync-conflicts'
import { YouthTimeline } from './youth-timeline'
import { useYouthDetails } from './use-youth-details'
import './youths.css'

/** Everything about one youth: details, each precondition, signals and the change history. */
export function YouthPage({ youthId }: { youthId: string }) {
  const t = useT()
  const p = t.forms.youthPage
  const f = t.forms.youth
  const a = t.forms.assessment
  const details = useYouthDetails(youthId)
  const settings = useSettings()
  const today = useToday()
  const actor = useActor()
  const open = useDialogs((s) => s.open)
  const show = useNotices((s) => s.show)

  if (details === undefined || !settings) return <p>{t.common.loading}</p>
  if (details === null)
    return (
      <div className="page">
        <h1 className="page__title">{p.notFound}</h1>
        <Link href="/">{p.back}</Link>
      </div>
    )

  const { youth, assessments, audit, snapshots } = details
  const enabled = settings.preconditions.filter((x) => x.enabled)
  const overview = deriveOverview(youth, assessments, undefined, { settings, enabled, today })
  const timeline = youthTimeline(
    snapshots,
    youth.id,
    enabled.map((x) => x.id),
  )
  const segments = auditBetweenReviews(audit, timeline.reviews)
  const h = t.history
  const fact = (label: string, value: string) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd>{value || t.common.none}</dd>
    </div>
  )

  return (
    <div className="page page--youth">
      <Link href="/" className="back-link">
        ← {p.back}
      </Link>
      <div className="page__header">
        <h1 className="page__title">
          {youth.clientRef}
          {youth.displayName && <span className="page__subtitle"> · {youth.displayName}</span>}
        </h1>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => open({ kind: 'youth', youthId })}>
            {t.common.edit}
          </button>
          {youth.outflow ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                // Against the version on screen: an uitstroom changed meanwhile is not undone blind.
                void undoOutflow(youth.id, actor, versionOf(youth)).then(
                  () => show({ tone: 'success', message: t.forms.outflow.undone(youth.clientRef) }),
                  (error: unknown) =>
                    show({
                      tone: 'error',
                      message:
                        error instanceof StaleRecordError
                          ? t.conflicts.undoStale
                          : t.common.unknownError,
                    }),
                )
              }
            >
              {p.undoOutflow}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => open({ kind: 'outflow', youthId })}
            >
              {t.forms.outflow.submit}
            </button>
          )}
        </div>
      </div>
      {youth.outflow && (
        <p className="notice-inline">
          {p.outflowed(formatDutchDate(youth.outflow.date))} ·{' '}
          {t.destinations[youth.outflow.destination]} · {t.endReasons[youth.outflow.reason]}
        </p>
      )}

      <YouthSyncConflicts
        youth={youth}
        preconditions={settings.preconditions}
        reasonCodes={settings.reasonCodes}
      />

      <div className="youth-layout">
        <section aria-labelledby="youth-assessments" className="card">
          <h2 id="youth-assessments">{p.assessments}</h2>
          <p>
            {t.board.columns.totalStatus}: <StatusBadge status={overview.totalStatus} />
          </p>
          <ul className="assessment-list">
            {enabled.map((pre) => {
              const name = preconditionName(t, pre)
              const status = overview.statuses[pre.id] ?? 'onbekend'
              const assessment = assessments.get(pre.id)
              return (
                <li key={pre.id} className="assessment-list__item">
                  <button
                    type="button"
                    className={`status-cell status-cell--${status} status-cell--large`}
                    aria-label={t.board.statusButton(name, t.statuses[status])}
                    onClick={() => open({ kind: 'assessment', youthId, preconditionId: pre.id })}
                  >
                    <StatusBadge status={status} />
                  </button>
                  <div>
                    <h3 className="assessment-list__name">{name}</h3>
                    {assessment && assessment.reasonCodes.length > 0 && (
                      <p>
                        {a.reasonCodes}:{' '}
                        {assessment.reasonCodes
                          .map((code) => {
                            const def = settings.reasonCodes.find((c) => c.code === code)
                            return `${code} ${def ? reasonCodeLabel(t, def) : ''}`.trim()
                          })
                          .join('; ')}
                      </p>
                    )}
                    {assessment?.note && <p>{assessment.note}</p>}
                    {assessment?.action && (
                      <p>
                        {a.action}: {assessment.action}
                        {assessment.owner && ` · ${t.owners[assessment.owner]}`}
                        {assessment.dueDate &&
                          ` · ${a.dueDate} ${formatDutchDate(assessment.dueDate)}`}
                      </p>
                    )}
                  </div>
                </li>
              )
            })}
          </ul>
          <h3>{p.signals}</h3>
          {overview.signals.length === 0 ? (
            <p>{t.board.noSignals}</p>
          ) : (
            <ul className="signal-explained">
              {overview.signals.map((s) => (
                <li key={s}>
                  <strong>{t.signals[s]}</strong> — {t.signalMeaning[s]}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="youth-details" className="card">
          <h2 id="youth-details">{p.details}</h2>
          <dl className="facts">
            {fact(
              t.board.columns.age,
              `${p.age(overview.age)} · ${p.turns18(formatDutchDate(eighteenthBirthday(youth.birthDate)))}`,
            )}
            {fact(f.municipality, municipalityName(youth.municipalityCode))}
            {fact(f.jeugdregio, regionOfYouth(youth))}
            {fact(f.location, youth.location)}
            {fact(f.livingArrangement, t.livingArrangements[youth.livingArrangement])}
            {fact(f.placementDate, formatDutchDate(youth.placementDate))}
            {fact(p.lengthOfStay, t.common.days(overview.lengthOfStayDays))}
            {fact(f.expectedOutflowDate, formatDutchDate(youth.expectedOutflowDate))}
            {fact(f.perspective, youth.perspective ? t.destinations[youth.perspective] : '')}
            {fact(
              f.measure,
              youth.measure === 'geen'
                ? t.measures.geen
                : `${t.measures[youth.measure]} (${youth.guardianOrg})`,
            )}
            {fact(f.caseOwner, youth.caseOwner)}
            {youth.note && fact(f.note, youth.note)}
          </dl>
        </section>
      </div>

      <section aria-labelledby="youth-timeline" className="card">
        <h2 id="youth-timeline">{h.timelineTitle}</h2>
        <p>{h.timelineIntro}</p>
        <YouthTimeline timeline={timeline} preconditions={settings.preconditions} />
      </section>

      <section aria-labelledby="youth-history" className="card">
        <h2 id="youth-history">{p.history}</h2>
        {segments.length === 0 && <p>{h.empty}</p>}
        {segments.map((segment) => (
          <div key={segment.review?.reviewId ?? 'since'} className="history-segment">
            <h3 className="history-segment__title">
              {segment.review
                ? h.upToReview(formatDutchDate(segment.review.date))
                : h.sinceLastReview}
            </h3>
            {segment.entries.length === 0 ? (
              <p>{h.noChanges}</p>
            ) : (
              <AuditList
                entries={segment.entries}
                preconditions={settings.preconditions}
                reasonCodes={settings.reasonCodes}
              />
            )}
          </div>
        ))}
      </section>
    </div>
  )
}
