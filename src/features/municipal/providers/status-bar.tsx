import { StatusIcon } from '../../../components/status-icon'
import { TOTAL_STATUS_ORDER } from '../../../domain/statuses'
import type { TotalStatus } from '../../../domain/types'
import { useT } from '../../../i18n'

/**
 * A small 100% bar of totaalstatus with the counts beside it, each with its status shape:
 * the bar is a picture, the numbers and shapes carry the meaning (never colour alone).
 */
export function StatusBar({ counts }: { counts: Record<TotalStatus, number> }) {
  const t = useT()
  const total = TOTAL_STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0)
  return (
    <div className="status-bar">
      <span className="status-bar__track" aria-hidden="true">
        {total > 0 &&
          TOTAL_STATUS_ORDER.map((s) =>
            counts[s] > 0 ? (
              <span
                key={s}
                className={`status-bar__segment status-bar__segment--${s}`}
                style={{ width: `${(counts[s] / total) * 100}%` }}
              />
            ) : null,
          )}
      </span>
      <span className="status-bar__counts">
        {TOTAL_STATUS_ORDER.map((s) => (
          <span key={s} className="status-bar__count">
            <StatusIcon status={s} size={14} />
            <span className="visually-hidden">{t.statuses[s]}</span>{' '}
            {t.report.numbers.count(counts[s])}
          </span>
        ))}
      </span>
    </div>
  )
}
