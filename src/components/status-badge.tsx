import type { Status } from '../domain/types'
import { useT } from '../i18n'
import { StatusIcon } from './status-icon'

/** Icon plus word: the status reads the same in colour, in greyscale and to a screen reader. */
export function StatusBadge({ status, meaning = false }: { status: Status; meaning?: boolean }) {
  const t = useT()
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      <span className="status-badge__label">{t.statuses[status]}</span>
      {meaning && <span className="status-badge__meaning"> — {t.statusMeaning[status]}</span>}
    </span>
  )
}
