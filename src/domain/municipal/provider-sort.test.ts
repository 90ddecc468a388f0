import { describe, expect, it } from 'vitest'
import type { ProviderRow } from './per-provider'
import { firstDirection, sortProviderRows } from './provider-sort'

function row(providerName: string, rood: number, oranje = 0, slechter = 0): ProviderRow {
  return {
    providerKey: providerName.toLowerCase(),
    providerName,
    peildatum: '2026-03-29',
    scopes: [],
    files: [],
    placed: rood + oranje,
    totalStatus: { rood, oranje, onbekend: 0, groen: 0 },
    change: { beter: 0, slechter, gelijk: 0, nieuw: 0 },
    overdue: { youths: 0, days: 0 },
    topReasonCode: null,
    hasSignals: false,
  }
}

const names = (rows: ProviderRow[]) => rows.map((r) => r.providerName)

describe('sorting Per aanbieder', () => {
  const rows = [row('Anker', 2, 5), row('Klaver', 4, 1), row('Linde', 2, 9), row('Baken', 2, 5)]

  it('puts the provider with most rood first, then most oranje, then by name', () => {
    const sorted = sortProviderRows(rows, { key: 'totalStatus', descending: true })
    expect(names(sorted)).toEqual(['Klaver', 'Linde', 'Anker', 'Baken'])
  })

  it('sorts names A–Z with numbers in natural order', () => {
    const sorted = sortProviderRows([row('Huis 10', 0), row('Huis 9', 0)], {
      key: 'provider',
      descending: false,
    })
    expect(names(sorted)).toEqual(['Huis 9', 'Huis 10'])
  })

  it('opens a number column with the largest first and a name or date column A–Z', () => {
    expect(firstDirection('placed')).toBe(true)
    expect(firstDirection('overdue')).toBe(true)
    expect(firstDirection('provider')).toBe(false)
    expect(firstDirection('peildatum')).toBe(false)
  })
})
