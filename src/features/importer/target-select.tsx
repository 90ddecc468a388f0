import type { ImportTarget } from '../../domain/import/types'
import type { PreconditionDef } from '../../domain/types'
import { useT } from '../../i18n'
import { targetLabel, YOUTH_TARGETS } from './target-label'

interface TargetSelectProps {
  column: string
  value: ImportTarget | null
  preconditions: readonly PreconditionDef[]
  describedBy?: string
  onChange: (target: ImportTarget | null) => void
}

/** The field for one column: a youth field, or a precondition's status, toelichting or actie. */
export function TargetSelect({
  column,
  value,
  preconditions,
  describedBy,
  onChange,
}: TargetSelectProps) {
  const t = useT()
  const m = t.importer
  const enabled = preconditions.filter((p) => p.enabled)
  const label = (target: ImportTarget) => targetLabel(t, target, preconditions)
  const group = (title: string, kind: 'status' | 'note' | 'action') => (
    <optgroup label={title}>
      {enabled.map((p) => (
        <option key={p.id} value={`${kind}:${p.id}`}>
          {label(`${kind}:${p.id}`)}
        </option>
      ))}
    </optgroup>
  )
  return (
    <select
      className="select"
      aria-label={m.targetFor(column)}
      aria-describedby={describedBy}
      value={value ?? ''}
      onChange={(event) => onChange((event.target.value || null) as ImportTarget | null)}
    >
      <option value="">{m.notImported}</option>
      <optgroup label={m.groupYouth}>
        {YOUTH_TARGETS.map((target) => (
          <option key={target} value={target}>
            {label(target)}
          </option>
        ))}
      </optgroup>
      {group(m.groupStatuses, 'status')}
      {group(m.groupNotes, 'note')}
      {group(m.groupActions, 'action')}
    </select>
  )
}
