import { useState } from 'react'
import type { MergeConflict, MergePlan } from '../../domain/backup/merge'
import type { CheckedBackup } from '../../domain/backup/read-backup'
import { preconditionName, useT, type Dictionary } from '../../i18n'
import { formatMoment } from '../../domain/moments'

const PAGE = 100

function conflictLabel(t: Dictionary, c: MergeConflict): string {
  const table = t.backup.tables[c.table] ?? c.table
  const precondition = c.preconditionId
    ? ` · ${preconditionName(t, { id: c.preconditionId, name: null })}`
    : ''
  return `${table}: ${c.label}${precondition}`
}

/** What the checked file holds: date, version, and the number of records per table. */
export function BackupContents({ backup }: { backup: CheckedBackup }) {
  const t = useT()
  const b = t.backup
  return (
    <div className="backup-contents">
      <p role="status">
        <strong>{b.checked}</strong>{' '}
        {b.summary(formatMoment(backup.header.createdAt), backup.header.appVersion)}
        {backup.encrypted && ` ${b.encryptedNote}`}
      </p>
      <h3>{b.contents}</h3>
      <dl className="backup-contents__list">
        {Object.entries(backup.data)
          .filter(([, records]) => records.length > 0)
          .map(([table, records]) => (
            <div key={table}>
              <dt>{b.tables[table] ?? table}</dt>
              <dd>{t.common.count(records.length)}</dd>
            </div>
          ))}
      </dl>
    </div>
  )
}

/** Before a merge: how much is added and replaced, and every record that differs. */
export function MergePreview({ plan }: { plan: MergePlan }) {
  const t = useT()
  const b = t.backup
  const [shown, setShown] = useState(PAGE)
  return (
    <div className="backup-merge">
      <p>{b.mergeSummary(plan.added, plan.replaced)}</p>
      <h3>{b.conflictsTitle(plan.conflicts.length)}</h3>
      {plan.conflicts.length === 0 ? (
        <p>{b.noConflicts}</p>
      ) : (
        <>
          <p>{b.conflictsIntro}</p>
          <table className="compact-table">
            <caption className="visually-hidden">{b.conflictsTitle(plan.conflicts.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{b.conflictWhat}</th>
                <th scope="col">{b.conflictOutcome}</th>
              </tr>
            </thead>
            <tbody>
              {plan.conflicts.slice(0, shown).map((c, i) => (
                <tr key={i}>
                  <td>{conflictLabel(t, c)}</td>
                  <td>{b.outcomes[c.reason]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.conflicts.length > shown && (
            <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
              {b.showMore(Math.min(PAGE, plan.conflicts.length - shown))}
            </button>
          )}
        </>
      )}
    </div>
  )
}
