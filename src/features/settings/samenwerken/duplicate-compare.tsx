import type { DuplicateDetails, YouthMade } from '../../../db/sync/duplicates-repo'
import { comparedFields } from '../../../domain/sync/merge-youths'
import type { Settings } from '../../../domain/types'
import { useT } from '../../../i18n'
import { syncFieldLabel, syncFieldValue } from '../../../i18n/sync-fields'
import { useSyncText } from './use-sync-text'

/** "Aangemaakt door Anna, 14:05 op 20-11-2026 · Laatst gewijzigd door …" */
export function useMadeText() {
  const t = useT()
  const d = useSyncText().duplicates
  return (made: YouthMade) =>
    [
      made.created && d.made(made.created.actor, t.conflicts.moment(made.created.at)),
      made.changed && d.changed(made.changed.actor, t.conflicts.moment(made.changed.at)),
    ]
      .filter(Boolean)
      .join(' · ')
}

/**
 * Both youths of a duplicate cliëntnummer side by side: the youth's fields and per
 * randvoorwaarde its status, each row saying in words whether the two differ (not by colour).
 */
export function DuplicateCompare({
  details,
  settings,
}: {
  details: DuplicateDetails
  settings: Settings
}) {
  const t = useT()
  const d = useSyncText().duplicates
  const madeText = useMadeText()
  const ids = settings.preconditions.filter((p) => p.enabled).map((p) => p.id)
  const rows = comparedFields(details.local, details.incoming, ids)
  const value = (field: string, v: unknown) =>
    syncFieldValue(t, settings.reasonCodes, field, v) || t.conflicts.empty
  return (
    <div className="sync-duplicate-compare">
      <table className="data-table">
        <caption>{d.compareCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{d.field}</th>
            <th scope="col">
              {d.here}
              <span className="sync-duplicate-made">{madeText(details.made.local)}</span>
            </th>
            <th scope="col">
              {d.there}
              <span className="sync-duplicate-made">{madeText(details.made.incoming)}</span>
            </th>
            <th scope="col">
              <span className="visually-hidden">{`${d.differs} / ${d.same}`}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field} className={r.differs ? 'sync-duplicate-differs' : undefined}>
              <th scope="row">{syncFieldLabel(t, r.field, settings.preconditions)}</th>
              <td>{value(r.field, r.kept)}</td>
              <td>{value(r.field, r.other)}</td>
              <td>
                {r.differs ? (
                  <strong>
                    <span aria-hidden="true">≠ </span>
                    {d.differs}
                  </strong>
                ) : (
                  d.same
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
