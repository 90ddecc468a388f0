const collator = new Intl.Collator('nl', { numeric: true })

/** Plain cliëntnummers: capitals, digits and hyphens ("DSB-012345", "K-2025-017"). */
const PLAIN = /^[A-Z0-9-]*$/

const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * Compares two plain cliëntnummers the way the Dutch numeric collator does: hyphen before
 * digits before capitals, runs of digits by their value, a prefix first. Returns null where
 * the collator has the last word (numbers equal but for leading zeros, or equal strings).
 */
function comparePlain(a: string, b: string): number | null {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(j)
    if (isDigit(x) && isDigit(y)) {
      let iEnd = i
      let jEnd = j
      while (iEnd < a.length && isDigit(a.charCodeAt(iEnd))) iEnd++
      while (jEnd < b.length && isDigit(b.charCodeAt(jEnd))) jEnd++
      let iStart = i
      let jStart = j
      while (iStart < iEnd - 1 && a.charCodeAt(iStart) === 48) iStart++
      while (jStart < jEnd - 1 && b.charCodeAt(jStart) === 48) jStart++
      const lengths = iEnd - iStart - (jEnd - jStart)
      if (lengths !== 0) return lengths
      const x1 = a.slice(iStart, iEnd)
      const y1 = b.slice(jStart, jEnd)
      if (x1 !== y1) return x1 < y1 ? -1 : 1
      // Same number written with other leading zeros: leave it to the collator.
      if (iEnd - i !== jEnd - j) return null
      i = iEnd
      j = jEnd
      continue
    }
    if (x !== y) return x - y
    i++
    j++
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1
  return null
}

/**
 * Orders cliëntnummers as `new Intl.Collator('nl', { numeric: true })` does, several times
 * faster for the plain ones most providers use (the collator's numeric mode has no fast path;
 * sorting 50,000 youths with it alone takes ~0.4 s). Anything else goes to the collator.
 */
export function compareClientRefs(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) {
    const result = comparePlain(a, b)
    if (result !== null) return result
  }
  return collator.compare(a, b)
}
