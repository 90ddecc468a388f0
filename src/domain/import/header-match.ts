import type { YouthField } from '../youth-input'
import {
  ACTION_WORDS,
  FIELD_HEADERS,
  FIELD_HINTS,
  NOTE_WORDS,
  PRECONDITION_HEADERS,
  YOUTH_TITLES,
} from './header-synonyms'
import {
  buildVocabulary,
  containsAll,
  editDistance,
  titleWords,
  type TitleWords,
} from './header-words'
import type { ImportTarget } from './types'

export interface PreconditionNames {
  id: string
  /** Names the user may have used as a column title: own name, Dutch and English names. */
  names: readonly string[]
}

/**
 * How sure a proposed field is. Only a sure match is applied by itself; a suggestion is shown
 * beside the column and the user takes it over (or not).
 *
 * - sure: the title is a known title for the field, or a known title makes up at least half
 *   of it and no other field comes close ("Geboortedatum jongere", "Datum start plaatsing");
 * - suggestion: a known title is a smaller part of it, two fields fit equally well, or it
 *   looks like a known title with a typing error or cut short ("Geboortdatum", "Plaatsingsd").
 */
export type Confidence = 'sure' | 'suggestion'

export interface TitleMatch {
  target: ImportTarget
  confidence: Confidence
  /** 1 for a known title; lower for a partial or approximate one. */
  score: number
  /** Other fields the title may as well mean ("Jongere": roepnaam or cliëntnummer). */
  alternatives?: readonly ImportTarget[]
}

const SURE_SHARE = 0.5
const SUGGEST_SHARE = 0.3
/** A sure match must lead the next field by this much of the title. */
const SURE_LEAD = 0.2
const FUZZY_SCORE = 0.25
/** A title that only hints at a field (FIELD_HINTS). */
const HINT_SCORE = 0.4
const youthTitles = new Set(YOUTH_TITLES)
/** "Jongere": the values decide between the roepnaam and the cliëntnummer. */
const YOUTH_HINT: TitleMatch = {
  target: 'displayName',
  confidence: 'suggestion',
  score: HINT_SCORE,
  alternatives: ['clientRef'],
}
const lettersOf = (title: string) =>
  title
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')

interface Candidate {
  target: ImportTarget
  words: TitleWords
  /** The title's letters without spaces, for typing errors and cut-off titles. */
  compact: string
}

/** Every known title with its target: fields, statuses, and toelichting/actie per precondition. */
function knownTitles(preconditions: readonly PreconditionNames[]) {
  const titles: { target: ImportTarget; title: string }[] = []
  for (const [field, headers] of Object.entries(FIELD_HEADERS) as [YouthField, string[]][]) {
    for (const title of headers) titles.push({ target: field, title })
  }
  for (const p of preconditions) {
    const names = [...p.names, ...(PRECONDITION_HEADERS[p.id] ?? [])]
    for (const name of names) {
      titles.push({ target: `status:${p.id}`, title: name })
      for (const word of NOTE_WORDS)
        titles.push({ target: `note:${p.id}`, title: `${word} ${name}` })
      for (const word of ACTION_WORDS) {
        titles.push({ target: `action:${p.id}`, title: `${word} ${name}` })
      }
    }
  }
  return titles
}

export interface HeaderMatcher {
  /** The best field for one column title on its own, or null when nothing fits. */
  match: (title: string) => TitleMatch | null
}

/** Builds the matcher once per import: a few hundred known titles, reduced to their words. */
export function createHeaderMatcher(preconditions: readonly PreconditionNames[]): HeaderMatcher {
  const titles = knownTitles(preconditions)
  const hintTitles = Object.entries(FIELD_HINTS).flatMap(([field, list]) =>
    (list ?? []).map((title) => ({ target: field as YouthField, title })),
  )
  const vocabulary = buildVocabulary([...titles, ...hintTitles].map((t) => t.title))
  const hints = new Map<string, ImportTarget>()
  for (const { target, title } of hintTitles) {
    const key = titleWords(title, vocabulary).parts.join(' ')
    if (key && !hints.has(key)) hints.set(key, target)
  }
  const exact = new Map<string, ImportTarget[]>()
  const candidates: Candidate[] = []
  for (const { target, title } of titles) {
    const words = titleWords(title, vocabulary)
    if (words.parts.length === 0) continue
    const key = words.parts.join(' ')
    const targets = exact.get(key) ?? []
    if (!targets.includes(target)) targets.push(target)
    exact.set(key, targets)
    candidates.push({ target, words, compact: words.parts.join('') })
  }
  const cache = new Map<string, TitleMatch | null>()

  function compute(title: string): TitleMatch | null {
    const words = titleWords(title, vocabulary)
    if (youthTitles.has(lettersOf(title))) return YOUTH_HINT
    if (words.parts.length === 0) return null
    const same = exact.get(words.parts.join(' '))
    if (same?.[0]) {
      return { target: same[0], confidence: same.length === 1 ? 'sure' : 'suggestion', score: 1 }
    }
    const hint = hints.get(words.parts.join(' '))
    if (hint) return { target: hint, confidence: 'suggestion', score: HINT_SCORE }
    // Partial: the largest known title inside this one, per field.
    const share = new Map<ImportTarget, number>()
    for (const c of candidates) {
      if (!containsAll(words.parts, c.words.parts)) continue
      const s = c.words.letters / words.letters
      if (s > (share.get(c.target) ?? 0)) share.set(c.target, s)
    }
    const ranked = [...share.entries()].sort((a, b) => b[1] - a[1])
    const [first, second] = ranked
    if (first && first[1] >= SUGGEST_SHARE) {
      const sure = first[1] >= SURE_SHARE && first[1] - (second?.[1] ?? 0) >= SURE_LEAD
      return { target: first[0], confidence: sure ? 'sure' : 'suggestion', score: first[1] }
    }
    // Approximate: a typing error, or a title cut off by a narrow column.
    const compact = words.parts.join('')
    if (compact.length < 4) return null
    const allowed = compact.length >= 9 ? 2 : compact.length >= 5 ? 1 : 0
    for (const c of candidates) {
      const cutShort = compact.length >= 5 && c.compact.startsWith(compact)
      if (cutShort || editDistance(compact, c.compact, allowed) <= allowed) {
        return { target: c.target, confidence: 'suggestion', score: FUZZY_SCORE }
      }
    }
    return null
  }

  return {
    match(title) {
      let found = cache.get(title)
      if (found === undefined) {
        found = compute(title)
        if (cache.size < 5000) cache.set(title, found)
      }
      return found
    },
  }
}
