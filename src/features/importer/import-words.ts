import type { ExtraWords } from '../../domain/import/read-row'
import type { PreconditionNames } from '../../domain/import/auto-map'
import type { Settings } from '../../domain/types'
import { nl, type Dictionary } from '../../i18n'
import { en } from '../../i18n/en'

/** Column titles and values are recognised in every UI language. */
const dictionaries = { nl, en } satisfies Record<string, Dictionary>

const labelsOf = <V extends string>(
  pick: (d: (typeof dictionaries)['nl']) => Record<V, string>,
) => {
  const out = {} as Record<V, string[]>
  for (const d of Object.values(dictionaries)) {
    for (const [value, label] of Object.entries(pick(d)) as [V, string][]) {
      out[value] = [...(out[value] ?? []), label]
    }
  }
  return out
}

/** The app's own labels in every UI language also count as words in a sheet. */
export function importWords(): ExtraWords {
  return {
    status: labelsOf((d) => d.statuses),
    livingArrangement: labelsOf((d) => d.livingArrangements),
    perspective: labelsOf((d) => d.destinations),
    measure: labelsOf((d) => d.measures),
  }
}

/** Names a column for a precondition may carry: the user's own name and the built-in ones. */
export function preconditionNames(settings: Settings): PreconditionNames[] {
  return settings.preconditions
    .filter((p) => p.enabled)
    .map((p) => ({
      id: p.id,
      names: [
        p.name ?? '',
        ...Object.values(dictionaries).map((d) => d.preconditions[p.id] ?? ''),
      ].filter(Boolean),
    }))
}
