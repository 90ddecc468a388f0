import { jeugdregioOf } from '../municipalities'
import { scopeChoices } from '../report/scope'
import type { Selection, StoredExchangeFile } from './types'

export interface SelectionChoices {
  municipalities: { code: string; name: string }[]
  regions: string[]
}

/** The gemeenten and jeugdregio's that occur in the loaded files: their areas and their rows. */
export function selectionChoices(files: readonly StoredExchangeFile[]): SelectionChoices {
  const regions = new Set<string>()
  function* places() {
    for (const { file } of files) {
      if (file.scope.kind === 'gemeente') {
        yield { municipalityCode: file.scope.code, jeugdregio: jeugdregioOf(file.scope.code) ?? '' }
      } else if (file.scope.kind === 'regio') regions.add(file.scope.name)
      yield* file.youths
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
