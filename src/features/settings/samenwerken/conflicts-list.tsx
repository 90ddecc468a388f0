import { useSyncText } from './use-sync-text'
import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'wouter'
import { listOpenConflicts, type OpenConflict } from '../../../db/sync/conflicts-repo'

/** Conflicten: every open conflict of this browser's team data, each leading to where it is chosen. */
export function ConflictsList({
  list = listOpenConflicts,
}: {
  list?: () => Promise<OpenConflict[]>
}) {
  const c = useSyncText().conflicts
  const conflicts = useLiveQuery(list, [list])
  return (
    <div className="sync-subsection" role="group" aria-labelledby="sync-conflicts-title">
      <h3 id="sync-conflicts-title">{c.title}</h3>
      <p>{c.intro}</p>
      {conflicts && conflicts.length === 0 && <p className="sync-empty">{c.empty}</p>}
      {conflicts && conflicts.length > 0 && (
        <ul className="sync-conflicts">
          {conflicts.map((conflict) =>
            conflict.kind === 'fields' ? (
              <li key={conflict.docId}>
                {conflict.youthId ? (
                  <Link href={`/jongeren/${encodeURIComponent(conflict.youthId)}`}>
                    {c.openYouth(conflict.label)}
                  </Link>
                ) : (
                  <strong>{conflict.label}</strong>
                )}{' '}
                — {c.fields(conflict.conflicts.length)}
              </li>
            ) : (
              <li key={conflict.docId}>
                <strong>{c.duplicate(conflict.clientRef)}</strong>
                <p>{c.duplicateChoices}</p>
                <Link href={`/jongeren/${encodeURIComponent(conflict.localYouthId)}`}>
                  {c.openLocal(conflict.clientRef)}
                </Link>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  )
}
