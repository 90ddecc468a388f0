import { normaliseName } from '../municipalities'
import type { YouthField } from '../youth-input'
import { FIELD_HEADERS, PRECONDITION_HEADERS } from './header-synonyms'
import type { ColumnMapping, ImportTarget } from './types'

export interface PreconditionNames {
  id: string
  /** Names the user may have used as a column title: own name, Dutch and English names. */
  names: readonly string[]
}

function candidateTitles(preconditions: readonly PreconditionNames[]) {
  const titles: { target: ImportTarget; title: string }[] = []
  for (const [field, headers] of Object.entries(FIELD_HEADERS) as [YouthField, string[]][]) {
    for (const h of headers) titles.push({ target: field, title: normaliseName(h) })
  }
  for (const p of preconditions) {
    const names = [...p.names, ...(PRECONDITION_HEADERS[p.id] ?? [])]
    for (const name of names) titles.push({ target: `status:${p.id}`, title: normaliseName(name) })
  }
  return titles.filter((t) => t.title !== '')
}

/**
 * Proposes a field for every column from its title: first exact matches ("Geb. datum",
 * "Cliëntnummer"), then titles that start with a known one ("Geboortedatum (dd-mm-jjjj)").
 * Every field is used at most once (the leftmost column wins); the rest is not imported.
 */
export function autoMapColumns(
  headers: readonly string[],
  preconditions: readonly PreconditionNames[],
): ColumnMapping {
  const titles = candidateTitles(preconditions)
  const normalised = headers.map(normaliseName)
  const mapping: ColumnMapping = headers.map(() => null)
  const used = new Set<ImportTarget>()
  const matchers: ((header: string, title: string) => boolean)[] = [
    (header, title) => header === title,
    (header, title) => title.length >= 4 && header.startsWith(`${title} `),
  ]
  for (const matches of matchers) {
    normalised.forEach((header, column) => {
      if (mapping[column] !== null || header === '') return
      const hit = titles.find((t) => !used.has(t.target) && matches(header, t.title))
      if (!hit) return
      mapping[column] = hit.target
      used.add(hit.target)
    })
  }
  return mapping
}

/** Targets chosen for more than one column: the user must pick one column per field. */
export function doublyMappedTargets(mapping: ColumnMapping): ImportTarget[] {
  const seen = new Set<ImportTarget>()
  const twice = new Set<ImportTarget>()
  for (const target of mapping) {
    if (target === null) continue
    if (seen.has(target)) twice.add(target)
    seen.add(target)
  }
  return [...twice]
}

export function isStatusTarget(target: ImportTarget): target is `status:${string}` {
  return target.startsWith('status:')
}

export function statusTargetId(target: `status:${string}`): string {
  return target.slice('status:'.length)
}
