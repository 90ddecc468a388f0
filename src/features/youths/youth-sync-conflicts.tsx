import { SyncConflictPanel } from '../../components/conflict-panel/conflict-panel'
import { SyncConflictMark } from '../../components/sync-conflict-mark/sync-conflict-mark'
import { resolveFieldConflict, StaleConflictError } from '../../db/sync/conflicts-repo'
import type { FieldConflict } from '../../domain/sync/types'
import type { PreconditionDef, ReasonCodeDef, Youth } from '../../domain/types'
import { useT } from '../../i18n'
// Not in the i18n barrel: it brings the sync merge code, which the first load does without.
import { syncFieldLabel, syncFieldValue } from '../../i18n/sync-fields'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'

interface Props {
  youth: Youth
  preconditions: readonly PreconditionDef[]
  reasonCodes: readonly ReasonCodeDef[]
}

/**
 * The youth's open team-sync conflicts (docs/sync-design.md §5): per field every value with who
 * made it and when, and a choice per field. The choice is saved as an edit; the value not
 * chosen goes into the history below.
 */
export function YouthSyncConflicts({ youth, preconditions, reasonCodes }: Props) {
  const t = useT()
  const s = t.syncConflicts
  const actor = useActor()
  const show = useNotices((n) => n.show)
  const conflicts = youth.syncConflicts ?? []
  if (conflicts.length === 0) return null

  function choose(conflict: FieldConflict, label: string, index: number) {
    const chosen = conflict.values[index]
    if (!chosen) return
    resolveFieldConflict(youth.id, conflict.field, chosen.value, actor).then(
      () => show({ tone: 'success', message: s.resolved(label) }),
      (error: unknown) =>
        show({ tone: 'error', message: error instanceof StaleConflictError ? s.stale : s.failed }),
    )
  }

  return (
    <section aria-labelledby="youth-sync-conflicts" className="card youth-sync-conflicts">
      <h2 id="youth-sync-conflicts">{s.title}</h2>
      <SyncConflictMark explain={false} />
      <p>{s.intro}</p>
      {conflicts.map((c) => {
        const label = syncFieldLabel(t, c.field, preconditions)
        const options = c.values.map((v) => ({
          label: s.value(v.by, t.conflicts.moment(v.at)),
          value: syncFieldValue(t, reasonCodes, c.field, v.value),
        }))
        return (
          <SyncConflictPanel
            key={c.field}
            field={c.field}
            label={label}
            options={options}
            onSave={(i) => choose(c, label, i)}
          />
        )
      })}
    </section>
  )
}
