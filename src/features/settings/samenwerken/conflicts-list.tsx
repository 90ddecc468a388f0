import { useSyncText } from './use-sync-text'
import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { listOpenConflicts, type OpenConflict } from '../../../db/sync/conflicts-repo'
import { watchOpenConflicts } from '../../../db/sync/conflicts-watch'
import { useSettings } from '../../../hooks/use-settings'
import { useT } from '../../../i18n'
import { syncFieldLabel } from '../../../i18n/sync-fields'
import { DuplicateDialog, type DuplicateMode } from './duplicate-dialog'

/** Conflicten: every open conflict of this browser's team data, each leading to where it is chosen. */
export function ConflictsList({
  list = listOpenConflicts,
}: {
  list?: () => Promise<OpenConflict[]>
}) {
  const text = useSyncText()
  const c = text.conflicts
  const d = text.duplicates
  const t = useT()
  const preconditions = useSettings()?.preconditions ?? []
  const [conflicts, setConflicts] = useState<OpenConflict[]>()
  useEffect(() => watchOpenConflicts(setConflicts, list), [list])
  const [open, setOpen] = useState<{ docId: string; clientRef: string; mode: DuplicateMode }>()
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
                — {c.fields(conflict.conflicts.length)}:{' '}
                {conflict.conflicts
                  .map((f) => syncFieldLabel(t, f.field, preconditions))
                  .join(', ')}
              </li>
            ) : (
              <li key={conflict.docId}>
                <strong id={`sync-duplicate-${conflict.docId}`}>
                  {c.duplicate(conflict.clientRef)}
                </strong>
                <p>{c.duplicateChoices}</p>
                <Link href={`/jongeren/${encodeURIComponent(conflict.localYouthId)}`}>
                  {c.openLocal(conflict.clientRef)}
                </Link>
                <div className="form__actions">
                  {(['merge', 'renumber'] as const).map((mode) => (
                    <button
                      key={mode}
                      type="button"
                      className="button"
                      aria-describedby={`sync-duplicate-${conflict.docId}`}
                      onClick={() => setOpen({ ...conflict, mode })}
                    >
                      {d[mode]}
                    </button>
                  ))}
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {open && <DuplicateDialog {...open} onClose={() => setOpen(undefined)} />}
    </div>
  )
}
