import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { ALL, HAAG, overview } from '../../../test/fixtures/municipal-scenario'
import { reasonCodeInText, signalIdentity } from './signals'

const ROTTERDAM = { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' } as const
const all = { kind: 'all' } as const

/** One provider's files for two gemeenten, each with its own signalen text. */
function twoFiles(haag: string, rotterdam: string, provider = 'Aanbieder Z') {
  return [
    makeStoredFile({ provider, scope: HAAG, signals: haag, youths: [makeExchangeYouth()] }),
    makeStoredFile({
      provider,
      scope: ROTTERDAM,
      signals: rotterdam,
      youths: [makeExchangeYouth({ clientRef: 'r1', municipalityCode: 'GM0599' })],
    }),
  ]
}

describe('the same signaal from two files of one provider', () => {
  it('is listed once, with the areas of both files', () => {
    const text = 'Crisisopvang vaak vol; plaatsingen duren langer.'
    const signals = overview({ files: twoFiles(text, `  ${text}\n`), selection: all }).signals
    expect(signals).toHaveLength(1)
    expect(signals[0]?.text).toBe(text)
    expect(signals[0]?.scopes).toEqual([HAAG, ROTTERDAM])
  })

  it('counts a re-wrapped text as the same, but not one that differs in a word', () => {
    expect(signalIdentity('p', 'Wachtlijst loopt\n  op.')).toBe(
      signalIdentity('p', 'Wachtlijst loopt op.'),
    )
    const signals = overview({
      files: twoFiles('Wachtlijst loopt op.', 'Wachtlijst loopt niet op.'),
      selection: all,
    }).signals
    expect(signals.map((s) => s.text)).toEqual([
      'Wachtlijst loopt op.',
      'Wachtlijst loopt niet op.',
    ])
  })

  it('keeps the same words of two providers apart', () => {
    const files = [
      makeStoredFile({ provider: 'Aanbieder Y', scope: ALL, signals: 'Geen plek.' }),
      makeStoredFile({ provider: 'Aanbieder Z', scope: ALL, signals: 'Geen plek.' }),
    ]
    const signals = overview({ files, selection: all }).signals
    expect(signals.map((s) => s.providerName)).toEqual(['Aanbieder Y', 'Aanbieder Z'])
  })
})

describe('the knelpunt a signaal names', () => {
  const known = new Set(['WON-2', 'OVR', 'EIG-1'])

  it('is the first known code standing on its own in the text', () => {
    expect(reasonCodeInText('9 jongeren wachten (WON-2), ook EIG-1.', known)).toBe('WON-2')
    expect(reasonCodeInText('Overig: OVR.', known)).toBe('OVR')
  })

  it('is none when the text names no known code, or a code only as part of a word', () => {
    expect(reasonCodeInText('Wachtlijst WON-9 en ABC-1 lopen op.', known)).toBeNull()
    expect(reasonCodeInText('Zie XWON-2 en WON-21.', known)).toBeNull()
    expect(reasonCodeInText('Geen code hier.', known)).toBeNull()
  })

  it('recognises a provider’s own code from its rows, and the default codes', () => {
    const files = [
      makeStoredFile({
        provider: 'Aanbieder Y',
        scope: ALL,
        signals: 'Dagritme stokt (EIG-1).',
        youths: [makeExchangeYouth({ reasonCodes: ['EIG-1'] })],
      }),
      makeStoredFile({ provider: 'Aanbieder Z', scope: ALL, signals: 'Wacht op (EIG-1), WON-3.' }),
    ]
    const signals = overview({ files, selection: all }).signals
    expect(signals.map((s) => s.reasonCode)).toEqual(['EIG-1', 'WON-3'])
  })
})
