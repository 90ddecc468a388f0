import type { LoadOutcome } from '../../../db/municipal-repo'
import { scopeText } from '../../../tables/municipal/municipal-labels'
import { useT } from '../../../i18n'

interface OutcomesProps {
  outcomes: readonly LoadOutcome[]
  confirmed: ReadonlySet<number>
  /** After storing: new and confirmed files say "Geladen". */
  stored: boolean
  disabled: boolean
  onConfirm: (index: number, yes: boolean) => void
}

/** A mark beside each result, so the outcome never rests on colour alone. */
const MARK: Record<LoadOutcome['kind'], string> = {
  new: '✓',
  replaces: '↻',
  refused: '✕',
  duplicate: '=',
}

/** Per file what loading it does: new, replaces (with a tick to confirm), refused or duplicate. */
export function LoadOutcomes({ outcomes, confirmed, stored, disabled, onConfirm }: OutcomesProps) {
  const t = useT()
  const l = t.municipal.load
  return (
    <ul className="load-outcomes">
      {outcomes.map((o, i) => {
        const willStore = o.kind === 'new' || (o.kind === 'replaces' && confirmed.has(i))
        const details =
          o.kind === 'new' || o.kind === 'replaces'
            ? l.fileDetails(
                o.stored.providerName,
                scopeText(o.stored.file.scope, t),
                o.stored.peildatum,
                o.stored.file.youths.length,
              )
            : null
        return (
          <li key={i} className={`load-outcome load-outcome--${o.kind}`}>
            <span className="load-outcome__mark" aria-hidden="true">
              {MARK[o.kind]}
            </span>
            <div className="load-outcome__body">
              <p className="load-outcome__name">{o.fileName}</p>
              {details && <p className="load-outcome__details">{details}</p>}
              <p className="load-outcome__status">
                {stored && willStore
                  ? l.outcome.stored
                  : o.kind === 'new'
                    ? l.outcome.new
                    : o.kind === 'replaces'
                      ? l.outcome.replaces(
                          o.replaces.fileName,
                          t.report.madeText(o.replaces.loadedAt),
                        )
                      : o.kind === 'refused'
                        ? l.outcome.refused
                        : l.outcome.duplicate(o.sameAs)}
              </p>
              {o.kind === 'refused' && (
                <ul className="load-outcome__errors" lang="nl">
                  {o.errors.map((e, j) => (
                    <li key={j}>{e}</li>
                  ))}
                </ul>
              )}
              {o.kind === 'replaces' && !stored && (
                <label className="checkbox load-outcome__confirm">
                  <input
                    type="checkbox"
                    checked={confirmed.has(i)}
                    disabled={disabled}
                    onChange={(e) => onConfirm(i, e.target.checked)}
                  />
                  <span>
                    {l.confirmReplace} <span className="visually-hidden">{o.fileName}</span>
                  </span>
                </label>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
