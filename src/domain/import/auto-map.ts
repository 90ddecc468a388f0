import {
  createHeaderMatcher,
  type HeaderMatcher,
  type PreconditionNames,
  type TitleMatch,
} from './header-match'
import type { ContentMatch, ContentReason } from './content-match'
import type { ColumnMapping, DetailTarget, ImportTarget } from './types'

export type { PreconditionNames }

/** A field proposed for a column; `reason` when its values had a say. */
export interface ColumnGuess extends TitleMatch {
  reason?: ContentReason
  /** Title and values name different fields: the values' field, shown beside the reason. */
  contentSays?: ImportTarget | 'status'
}

/** Per column: the field proposed for it and how sure that is, or null. */
export type ColumnGuesses = (ColumnGuess | null)[]

const agrees = (target: ImportTarget, content: ContentMatch) =>
  content.target === target ||
  (content.target === 'status' && isStatusTarget(target)) ||
  (content.reason === 'freeText' && isDetailTarget(target))

/**
 * Fields whose values may look like another rule's without being wrong: a mentor or a locatie
 * may be a first name, a GI's name or a perspectief may be a few words. Such values neither
 * confirm nor contradict the title; gemeenten, verblijfsvormen, statuses, codes and dates do.
 */
const FITS_TOO: Partial<Record<ContentReason, readonly ImportTarget[]>> = {
  names: ['caseOwner', 'location', 'guardianOrg', 'jeugdregio'],
  freeText: ['caseOwner', 'location', 'guardianOrg', 'perspective'],
}

/**
 * Title and values together (the confidence rule): both naming the same field map it by
 * itself; a title the values contradict, or values whose title says nothing of them, give a
 * suggestion with the reason. Values no rule recognises leave the title's verdict as it is.
 */
export function combine(
  title: TitleMatch | null,
  content: ContentMatch | null,
): ColumnGuess | null {
  if (!content || (title && FITS_TOO[content.reason]?.includes(title.target))) return title
  if (title && content.otherwise !== undefined && !agrees(title.target, content)) {
    // Whole numbers that could be serial dates: read them as the other thing they may be.
    return combine(title, content.otherwise)
  }
  if (title && agrees(title.target, content)) {
    return { ...title, confidence: 'sure', reason: content.reason }
  }
  const meant = title?.alternatives?.find((target) => agrees(target, content))
  if (title && meant)
    return { target: meant, confidence: 'sure', score: title.score, reason: content.reason }
  if (title) {
    return {
      ...title,
      confidence: 'suggestion',
      reason: content.reason,
      contentSays: content.target,
    }
  }
  // Statuses say that a column is a status, not of which randvoorwaarde: the user names it.
  if (content.target === 'status') return null
  return { target: content.target, confidence: 'suggestion', score: 0.5, reason: content.reason }
}

/** Free-text targets may take several columns ("Opmerkingen" and "Acties" both to the note). */
export function isFreeTextTarget(target: ImportTarget): boolean {
  return target === 'note' || isDetailTarget(target)
}

/**
 * Proposes a field for every column from its title (see `Confidence` for the rule). Every
 * field except free text is used at most once: the best match wins, then the leftmost; a
 * column whose field is taken gets no proposal.
 */
export function guessColumns(
  headers: readonly string[],
  matcher: HeaderMatcher,
  content?: readonly (ContentMatch | null)[],
): ColumnGuesses {
  const found = headers.map((h, column) => combine(matcher.match(h), content?.[column] ?? null))
  const order = found
    .map((m, column) => ({ m, column }))
    .filter((x): x is { m: ColumnGuess; column: number } => x.m !== null)
    .sort(
      (a, b) =>
        Number(b.m.confidence === 'sure') - Number(a.m.confidence === 'sure') ||
        b.m.score - a.m.score ||
        a.column - b.column,
    )
  const guesses: ColumnGuesses = headers.map(() => null)
  const taken = new Set<ImportTarget>()
  for (const { m, column } of order) {
    if (taken.has(m.target)) continue
    guesses[column] = m
    // A field is proposed once: the sure match, else the best suggestion, else the leftmost.
    if (!isFreeTextTarget(m.target)) taken.add(m.target)
  }
  return guesses
}

/** The mapping that is applied by itself: the sure guesses only. */
export function sureMapping(guesses: ColumnGuesses): ColumnMapping {
  return guesses.map((g) => (g?.confidence === 'sure' ? g.target : null))
}

/** The mapping proposed for these titles: sure matches applied, everything else not imported. */
export function autoMapColumns(
  headers: readonly string[],
  preconditions: readonly PreconditionNames[],
): ColumnMapping {
  return sureMapping(guessColumns(headers, createHeaderMatcher(preconditions)))
}

/** Targets chosen for more than one column: the user must pick one column per field. */
export function doublyMappedTargets(mapping: ColumnMapping): ImportTarget[] {
  const seen = new Set<ImportTarget>()
  const twice = new Set<ImportTarget>()
  for (const target of mapping) {
    if (target === null || isFreeTextTarget(target)) continue
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

export function isDetailTarget(target: ImportTarget): target is DetailTarget {
  return target.startsWith('note:') || target.startsWith('action:')
}

/** `note:wonen` → { kind: 'note', preconditionId: 'wonen' }. */
export function detailTargetParts(target: DetailTarget): {
  kind: 'note' | 'action'
  preconditionId: string
} {
  const at = target.indexOf(':')
  return {
    kind: target.slice(0, at) as 'note' | 'action',
    preconditionId: target.slice(at + 1),
  }
}
