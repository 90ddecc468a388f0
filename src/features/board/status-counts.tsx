import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { StatusIcon } from '../../components/status-icon'
import type { TotalStatus } from '../../domain/types'
import { useT } from '../../i18n'

interface StatusCountsProps {
  counts: ReadonlyMap<unknown, number>
  active: TotalStatus | ''
  onToggle: (status: TotalStatus | '') => void
}

/** Counts per totaalstatus above the table; each one is also a filter toggle. */
export function StatusCounts({ counts, active, onToggle }: StatusCountsProps) {
  const t = useT()
  return (
    <ul className="status-counts" aria-label={t.board.countsLabel}>
      {TOTAL_STATUS_ORDER.map((status) => {
        const count = counts.get(status) ?? 0
        return (
          <li key={status}>
            <button
              type="button"
              className={`status-count status-count--${status}`}
              aria-pressed={active === status}
              title={t.board.filterByStatus(t.statuses[status], count)}
              onClick={() => onToggle(active === status ? '' : status)}
            >
              <StatusIcon status={status} size={20} />
              <span className="status-count__number">{t.common.count(count)}</span>
              <span className="status-count__label">{t.statuses[status]}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
