import { municipalityName, regionOfYouth } from '../municipalities'
import type { ReportScope, Youth } from '../types'

// A base type (Settings holds one); re-exported where the scope helpers are.
export type { ReportScope }

export const ALL_SCOPE: ReportScope = { kind: 'all' }

/** A stable text key for a scope, used in stored notes and in the scope picker. */
export function scopeKey(scope: ReportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'alle'
    case 'gemeente':
      return `gemeente:${scope.code}`
    case 'regio':
      return `regio:${scope.name}`
  }
}

export function parseScopeKey(key: string): ReportScope | null {
  if (key === 'alle') return ALL_SCOPE
  if (key.startsWith('gemeente:') && key.length > 9) return { kind: 'gemeente', code: key.slice(9) }
  if (key.startsWith('regio:') && key.length > 6) return { kind: 'regio', name: key.slice(6) }
  return null
}

export function inReportScope(
  youth: Pick<Youth, 'municipalityCode' | 'jeugdregio'>,
  scope: ReportScope,
): boolean {
  switch (scope.kind) {
    case 'all':
      return true
    case 'gemeente':
      return youth.municipalityCode === scope.code
    case 'regio':
      return regionOfYouth(youth) === scope.name
  }
}

/** The name of a scope as it appears in titles and file names ("alle" comes from the UI). */
export function scopeName(scope: ReportScope, allLabel: string): string {
  switch (scope.kind) {
    case 'all':
      return allLabel
    case 'gemeente':
      return municipalityName(scope.code)
    case 'regio':
      return scope.name
  }
}

/** The gemeenten and jeugdregio's that occur among the given youths, sorted by name. */
export function scopeChoices(youths: Iterable<Pick<Youth, 'municipalityCode' | 'jeugdregio'>>) {
  const codes = new Set<string>()
  const regions = new Set<string>()
  for (const youth of youths) {
    codes.add(youth.municipalityCode)
    const region = regionOfYouth(youth)
    if (region) regions.add(region)
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'nl')
  return {
    municipalities: [...codes]
      .map((code) => ({ code, name: municipalityName(code) }))
      .sort((a, b) => byName(a.name, b.name)),
    regions: [...regions].sort(byName),
  }
}
