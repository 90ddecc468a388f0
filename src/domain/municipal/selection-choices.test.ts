import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { digestFile } from './digest'
import { scopeKey } from './identity'
import { parseSelectionKey, selectionChoices } from './selection-choices'

describe('the selection picker of the Gemeente-overzicht', () => {
  it('reads back every selection from its key, and no selection from a key that names none', () => {
    for (const selection of [
      { kind: 'all' },
      { kind: 'gemeente', code: 'GM0518' },
      { kind: 'regio', name: 'Haaglanden' },
    ] as const) {
      expect(parseSelectionKey(scopeKey(selection))).toEqual(selection)
    }
    expect(parseSelectionKey('gemeente:')).toBeNull()
    expect(parseSelectionKey('alle')).toBeNull()
  })

  it("offers the gemeenten and jeugdregio's of the files' areas and of their rows", () => {
    const files = [
      makeStoredFile({
        provider: 'De Linde',
        scope: { kind: 'regio', name: 'Utrecht Stad' },
        youths: [makeExchangeYouth({ municipalityCode: 'GM0344' })],
      }),
      makeStoredFile({
        provider: 'Het Anker',
        scope: { kind: 'gemeente', code: 'GM0363', name: 'Amsterdam' },
        youths: [makeExchangeYouth({ municipalityCode: 'GM0363' })],
      }),
    ]
    // The screen offers them from the files' digests, which keep every row's place.
    const choices = selectionChoices(files.map(digestFile))
    expect(choices.municipalities.map((m) => m.name)).toEqual(['Amsterdam', 'Utrecht'])
    expect(choices.regions).toEqual(['Amsterdam-Amstelland', 'Utrecht Stad'])
  })
})
