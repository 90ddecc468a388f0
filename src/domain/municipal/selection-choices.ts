import { jeugdregioOf } from '../municipalities'
import { scopeChoices } from '../report/scope'
import type { FileDigest } from './digest'
import type { Selection } from './types'

export interface SelectionChoices {
  municipalities: { code: string; name: string }[]
  regions: string[]
}

/**
 * The gemeenten and jeugdregio's that occur in the loaded files: their areas and their rows
 * (the places a file's digest counts its rows in).
 */
export function selectionChoices(
  files: readonly Pick<FileDigest, 'scope' | 'rows'>[],
): SelectionChoices {
  const regions = new Set<string>()
  function* places() {
    for (const { scope, rows } of files) {
      if (scope.kind === 'gemeente') {
        yield { municipalityCode: scope.code, jeugdregio: jeugdregioOf(scope.code) ?? '' }
      } else if (scope.kind === 'regio') regions.add(scope.name)
      yield* rows
    }
  }
  const choices = scopeChoices(places())
  for (const region of choices.regions) regions.add(region)
  return {
    municipalities: choices.municipalities,
    regions: [...regions].sort((a, b) => a.localeCompare(b, 'nl')),
  }
}

/** The selection a `scopeKey` stands for; null for a key that names none. */
export function parseSelectionKey(key: string): Selection | null {
  if (key === 'all') return { kind: 'all' }
  if (key.startsWith('gemeente:') && key.length > 9) return { kind: 'gemeente', code: key.slice(9) }
  if (key.startsWith('regio:') && key.length > 6) return { kind: 'regio', name: key.slice(6) }
  return null
}
