import { formatDutchDate } from '../../../domain/dates'
import { difference, type ComparedSide, type RondeChange } from '../../../domain/municipal'
import { someNames } from '../../../tables/municipal/municipal-labels'
import { useT } from '../../../i18n'

/** A figure's change since the previous ronde, from one reading of each compared side. */
export type Compared = (pick: (side: ComparedSide) => number | null) => number | null | undefined

/** Undefined (nothing shown) for the first ronde; null when either side is n.b. */
export function compared(change: RondeChange | null): Compared {
  return (pick) => (change ? difference(pick(change.now), pick(change.before)) : undefined)
}

/**
 * What "since the previous ronde" compares, said once under the tiles: the providers in both
 * rondes, and by name the ones in only one of them.
 */
export function ChangeBasis({ change }: { change: RondeChange | null }) {
  const t = useT()
  const f = t.municipalFigures
  if (!change) return <p className="municipal-change-basis">{f.noPrevious}</p>
  const others = [
    ...change.onlyNow.map((p) => f.onlyNow(p.providerName)),
    ...change.onlyBefore.map((p) => f.onlyBefore(p.providerName)),
  ]
  return (
    <p className="municipal-change-basis">
      {f.basis(formatDutchDate(change.previousRonde), change.common.length)}
      {others.length > 0 && ` ${f.notCompared(someNames(others, t))}`}
    </p>
  )
}
