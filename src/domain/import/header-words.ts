/**
 * How a column title is reduced to comparable words, so that case, accents, punctuation,
 * abbreviations, compound spelling and word order do not matter:
 * "Geb.dat. (dd-mm-jjjj)", "Datum van geboorte" and "geboortedatum" all become the parts
 * {datum, geboorte}.
 */

/** Short forms and plain equivalents teams write in column titles, by what they stand for. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  geb: 'geboorte',
  gebdat: 'geboorte datum',
  dat: 'datum',
  nr: 'nummer',
  no: 'nummer',
  nmr: 'nummer',
  num: 'nummer',
  gem: 'gemeente',
  gmt: 'gemeente',
  wpb: 'woonplaatsbeginsel',
  pl: 'plaatsing',
  plts: 'plaatsing',
  plaats: 'plaatsing',
  uitstr: 'uitstroom',
  verw: 'verwacht',
  opm: 'opmerking',
  toel: 'toelichting',
  bijz: 'bijzonderheid',
  dagb: 'dagbesteding',
  tkp: 'toekomstplan',
  tp: 'toekomstplan',
  beh: 'behandelaar',
  begel: 'begeleider',
  loc: 'locatie',
  afd: 'afdeling',
  cl: 'client',
  clt: 'client',
  ref: 'referentie',
  verbl: 'verblijf',
  persp: 'perspectief',
  maatr: 'maatregel',
  jb: 'jeugdbescherming',
  pb: 'persoonlijk begeleider',
  pber: 'persoonlijk begeleider',
  dob: 'date birth',
  init: 'initialen',
  vnaam: 'voornaam',
  geplaatst: 'plaatsing',
  start: 'begin',
  aanvang: 'begin',
  eind: 'einde',
}

/**
 * Words that say nothing about the field: articles, "jongere", date format hints
 * ("dd-mm-jjjj"), "18+" written with a plus.
 */
const NOISE = new Set([
  'de',
  'het',
  'een',
  'van',
  'of',
  'en',
  'op',
  'der',
  'den',
  'in',
  'voor',
  'the',
  'per',
  'bij',
  'jongere',
  'jongeren',
  'jeugdige',
  'kind',
  'dd',
  'mm',
  'jj',
  'jjjj',
  'jjjjmmdd',
  'ddmmjjjj',
  'yyyy',
  'plus',
  'status',
  'sinds',
])

/** Plural and inflected endings, so "Opmerkingen" meets "opmerking" and "beoogde" "beoogd". */
function stem(word: string): string {
  if (word.length > 6 && word.endsWith('ingen')) return word.slice(0, -2)
  if (word.length > 6 && word.endsWith('heden')) return `${word.slice(0, -5)}heid`
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -1)
  if (word.length > 5 && /(?:[dt]|lijk)e$/.test(word)) return word.slice(0, -1)
  return word
}

function rawWords(title: string): string[] {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
}

/**
 * Splits a compound into known words ("plaatsingsdatum" → plaatsing + datum, "clientnr" →
 * client + nr), allowing the Dutch linking s. Null when it cannot be split entirely.
 */
function splitCompound(word: string, known: ReadonlySet<string>): string[] | null {
  const best: (string[] | null)[] = Array.from({ length: word.length + 1 }, () => null)
  best[0] = []
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start]
      if (!before) continue
      const part = word.slice(start, end)
      const linking = before.length > 0 && part === 's'
      if (!linking && !(known.has(part) && (part.length >= 3 || part in ABBREVIATIONS))) continue
      const candidate = linking ? before : [...before, part]
      const current = best[end]
      if (!current || candidate.length < current.length) best[end] = candidate
    }
  }
  const parts = best[word.length]
  return parts && parts.length > 1 ? parts : null
}

export interface TitleWords {
  /** The meaningful words, sorted: equal for titles that differ only in spelling and order. */
  parts: readonly string[]
  /** Letters in all parts, to weigh how much of a title a known title covers. */
  letters: number
}

/** The vocabulary the splitter knows: every word of every known title, and the short forms. */
export function buildVocabulary(titles: Iterable<string>): Set<string> {
  const known = new Set<string>()
  const add = (word: string) => {
    if (!NOISE.has(word)) known.add(word)
  }
  for (const title of titles) for (const word of rawWords(title)) add(word)
  for (const [short, long] of Object.entries(ABBREVIATIONS)) {
    add(short)
    for (const word of long.split(' ')) add(word)
  }
  return known
}

/** The comparable words of a title (see the file comment). */
export function titleWords(title: string, known: ReadonlySet<string>): TitleWords {
  const parts: string[] = []
  for (const word of rawWords(title)) {
    if (NOISE.has(word)) continue
    const pieces = known.has(word) ? [word] : (splitCompound(word, known) ?? [word])
    for (const piece of pieces) {
      const expanded = ABBREVIATIONS[piece] ?? piece
      for (const w of expanded.split(' ')) if (!NOISE.has(w)) parts.push(stem(w))
    }
  }
  parts.sort()
  return { parts, letters: parts.reduce((sum, p) => sum + p.length, 0) }
}

/** The parts of `inner` all occur in `outer` (as a multiset). */
export function containsAll(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false
  const left = [...outer]
  for (const word of inner) {
    const at = left.indexOf(word)
    if (at < 0) return false
    left.splice(at, 1)
  }
  return true
}

/** Edit distance, stopped early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length] ?? max + 1
}
