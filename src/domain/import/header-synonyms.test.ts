import { HEADER_SPELLINGS } from '../../../test/fixtures/header-spellings'
import { createHeaderMatcher } from './header-match'
import type { ImportTarget } from './types'

const matcher = createHeaderMatcher([
  { id: 'wonen', names: ['Wonen', 'Housing'] },
  { id: 'school', names: ['School & dagbesteding', 'School & daytime activities'] },
  { id: 'toekomstplan', names: ['Toekomstplan 18+', 'Future plan 18+'] },
])

function sure(title: string): ImportTarget | null {
  const found = matcher.match(title)
  return found?.confidence === 'sure' ? found.target : null
}

/** Titles as teams write them; each must be recognised with certainty, without manual work. */
const perTarget = Object.entries(HEADER_SPELLINGS).map(([target, titles]) => ({
  target,
  titles: titles ?? [],
}))

describe.each(perTarget)('column titles for $target', ({ target, titles }) => {
  it.each(titles)('recognises "%s"', (title: string) => {
    expect(sure(title)).toBe(target)
  })
})
