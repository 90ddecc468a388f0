import { describe, expect, it } from 'vitest'
import { makeExchangeFile } from '../../../test/factories/exchange'
import { fileKey, providerKey, scopeKey, toStoredFile } from './identity'

describe('identities are derived from the file, the same on every laptop', () => {
  it('providerKey trims, collapses inner whitespace and lower-cases the name', () => {
    expect(providerKey('  Stichting  De\tLinde ')).toBe('stichting de linde')
    expect(providerKey('STICHTING DE LINDE')).toBe(providerKey('Stichting De Linde'))
  })

  it('scopeKey is all, gemeente:<code> or regio:<name>', () => {
    expect(scopeKey({ kind: 'all', name: 'Alle gemeenten' })).toBe('all')
    expect(scopeKey({ kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" })).toBe(
      'gemeente:GM0518',
    )
    expect(scopeKey({ kind: 'regio', name: 'Haaglanden' })).toBe('regio:Haaglanden')
  })

  it('fileKey is provider, scope and peildatum: a file for the same three replaces the earlier one', () => {
    const first = makeExchangeFile({ provider: 'Stichting De Linde', peildatum: '2026-03-29' })
    const again = makeExchangeFile({ provider: ' stichting de linde ', peildatum: '2026-03-29' })
    const other = makeExchangeFile({ provider: 'Stichting De Linde', peildatum: '2026-03-22' })
    expect(fileKey(first)).toBe('stichting de linde|gemeente:GM0518|2026-03-29')
    expect(fileKey(again)).toBe(fileKey(first))
    expect(fileKey(other)).not.toBe(fileKey(first))
  })

  it('a stored file carries its keys, peildatum and the trimmed provider name', () => {
    const stored = toStoredFile(
      makeExchangeFile({ provider: ' Stichting De Linde ' }),
      'a.json',
      '2026-04-01T10:00:00.000Z',
    )
    expect(stored).toMatchObject({
      key: 'stichting de linde|gemeente:GM0518|2026-03-29',
      providerKey: 'stichting de linde',
      providerName: 'Stichting De Linde',
      scopeKey: 'gemeente:GM0518',
      peildatum: '2026-03-29',
      fileName: 'a.json',
    })
  })
})
