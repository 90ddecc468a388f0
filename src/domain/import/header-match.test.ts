import { guessColumns, sureMapping } from './auto-map'
import { createHeaderMatcher } from './header-match'

const matcher = createHeaderMatcher([
  { id: 'wonen', names: ['Wonen'] },
  { id: 'school', names: ['School & dagbesteding'] },
])

describe('createHeaderMatcher: how sure a proposed field is', () => {
  it('is sure of a known title in any case, accents, punctuation and word order', () => {
    for (const title of ['GEBOORTEDATUM', 'geboorte-datum', 'Datum, geboorte', 'Géb. Dát.']) {
      expect(matcher.match(title)).toMatchObject({ target: 'birthDate', confidence: 'sure' })
    }
  })

  it('is sure when a known title makes up most of the title', () => {
    expect(matcher.match('Plaatsingsdatum zoals in het dossier')).toMatchObject({
      target: 'placementDate',
      confidence: 'sure',
    })
    expect(matcher.match('Geboortedatum cliënt')).toMatchObject({
      target: 'birthDate',
      confidence: 'sure',
    })
  })

  it('only suggests when a known title is a small part of it', () => {
    expect(matcher.match('Gemeente jeugdhulp')).toMatchObject({
      target: 'municipalityCode',
      confidence: 'suggestion',
    })
  })

  it('only suggests for a typing error or a title cut off by a narrow column', () => {
    expect(matcher.match('Geboortdatum')).toMatchObject({
      target: 'birthDate',
      confidence: 'suggestion',
    })
    expect(matcher.match('Verblijfsv')).toMatchObject({
      target: 'livingArrangement',
      confidence: 'suggestion',
    })
  })

  it('proposes nothing for a title it does not know', () => {
    expect(matcher.match('Kledingmaat')).toBeNull()
    expect(matcher.match('')).toBeNull()
    expect(matcher.match('(leeg)')).toBeNull()
  })
})

describe('guessColumns', () => {
  it('applies sure matches only; a suggestion waits for the user', () => {
    const guesses = guessColumns(['Cliëntnr', 'Geboortdatum', 'Wonen'], matcher)
    expect(guesses.map((g) => g?.confidence ?? null)).toEqual(['sure', 'suggestion', 'sure'])
    expect(sureMapping(guesses)).toEqual(['clientRef', null, 'status:wonen'])
  })

  it('gives a field to the best column; the other gets no proposal', () => {
    const guesses = guessColumns(['Geboortedatum cliënt dossier', 'Geboortedatum'], matcher)
    expect(sureMapping(guesses)).toEqual([null, 'birthDate'])
    expect(guesses[0]).toBeNull()
  })

  it('lets several free-text columns feed the note on the youth', () => {
    const guesses = guessColumns(['Opmerkingen', 'Acties', 'Toelichting wonen'], matcher)
    expect(sureMapping(guesses)).toEqual(['note', 'note', 'note:wonen'])
  })
})
