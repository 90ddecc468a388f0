import { useId } from 'react'
import { useT } from '../../i18n'

/** A labelled progress bar with the numbers in words, for checking and saving large files. */
export function ProgressPanel({
  label,
  done,
  total,
  count,
}: {
  label: string
  done: number
  total: number
  /** The numbers in words when they are no row counts (megabytes unpacked). */
  count?: string
}) {
  const t = useT()
  const id = useId()
  return (
    <div className="import-progress">
      <p id={id} className="import-progress__label">
        {label}
      </p>
      <progress
        className="import-progress__bar"
        aria-labelledby={id}
        max={Math.max(total, 1)}
        value={Math.min(done, total)}
      />
      <p className="import-progress__count" aria-hidden="true">
        {count ?? t.importer.progress(done, total)}
      </p>
    </div>
  )
}
