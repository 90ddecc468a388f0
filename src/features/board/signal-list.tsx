import type { Signal } from '../../domain/signals'
import { useT } from '../../i18n'

/** Signals as small outlined tags with a tooltip explaining each; never a colour alone. */
export function SignalList({ signals }: { signals: readonly Signal[] }) {
  const t = useT()
  if (signals.length === 0) return <span className="visually-hidden">{t.board.noSignals}</span>
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <li key={signal} className={`signal signal--${signal}`} title={t.signalMeaning[signal]}>
          <span aria-hidden="true" className="signal__mark">
            ⚑
          </span>
          {t.signals[signal]}
        </li>
      ))}
    </ul>
  )
}
