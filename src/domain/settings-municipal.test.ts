import { describe, expect, it } from 'vitest'
import { makeSettings } from '../../test/factories/settings'
import { restoreSettings } from './settings'
import { validateSettings } from './settings-input'
import type { MunicipalSettings } from './municipal/types'
import { formatEuroAmount, parseEuroAmount, restoreMunicipalSettings } from './settings-municipal'

const withMunicipal = (changes: Partial<MunicipalSettings>) => {
  const settings = makeSettings()
  return { ...settings, municipal: { ...settings.municipal, ...changes } }
}

describe('municipal settings', () => {
  it('gives settings stored before the Gemeente-overzicht its defaults', () => {
    const old = { providerName: 'Zorg B.V.', futurePlanAge: 17 }
    const restored = restoreSettings(old)
    expect(restored.providerName).toBe('Zorg B.V.')
    expect(restored.municipal).toEqual({
      municipalScope: { kind: 'all' },
      rondeAnchorDate: '2026-01-05',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: {},
      hideProviderScreens: false,
    })
  })

  it('keeps what is valid and falls back per field for what is broken', () => {
    expect(
      restoreMunicipalSettings({
        municipalScope: { kind: 'regio', name: 'Haaglanden' },
        rondeAnchorDate: '2026-02-30',
        rondeWeeks: 4,
        rondeWindowWeeks: 40,
        dailyTariffs: { gezinshuis: 245.5, gesloten: -3, onbekend: 100, pleegzorg: '80' },
        hideProviderScreens: true,
      }),
    ).toEqual({
      municipalScope: { kind: 'regio', name: 'Haaglanden' },
      rondeAnchorDate: '2026-01-05',
      rondeWeeks: 4,
      rondeWindowWeeks: 6,
      dailyTariffs: { gezinshuis: 245.5 },
      hideProviderScreens: true,
    })
    expect(
      restoreMunicipalSettings({ municipalScope: { kind: 'gemeente' } }).municipalScope,
    ).toEqual({ kind: 'all' })
  })

  it('accepts tariffs of 0 or more in whole cents and weeks from 1 to 26', () => {
    const draft = withMunicipal({
      dailyTariffs: { gezinshuis: 245.5, pleegzorg: 0, gesloten: 1010.1 },
      rondeWeeks: 26,
      rondeWindowWeeks: 1,
    })
    expect(validateSettings(draft)).toEqual({})
  })

  it('names every wrong tariff and week count by its field', () => {
    const draft = withMunicipal({
      dailyTariffs: { gezinshuis: -1, pleegzorg: 12.345, kamertraining: Number.NaN },
      rondeWeeks: 0,
      rondeWindowWeeks: 27,
      rondeAnchorDate: 'morgen',
    })
    expect(validateSettings(draft)).toEqual({
      'municipal.dailyTariffs.gezinshuis': 'tariff',
      'municipal.dailyTariffs.pleegzorg': 'tariff',
      'municipal.dailyTariffs.kamertraining': 'tariff',
      'municipal.rondeWeeks': 'outOfRange',
      'municipal.rondeWindowWeeks': 'outOfRange',
      'municipal.rondeAnchorDate': 'invalidDate',
    })
    expect(validateSettings(withMunicipal({ rondeWeeks: 2.5 }))).toEqual({
      'municipal.rondeWeeks': 'outOfRange',
    })
  })
})

describe('euro amounts as typed', () => {
  it.each([
    ['245,50', 245.5],
    ['€ 1.245,5', 1245.5],
    ['1.245', 1245],
    ['245.50', 245.5],
    ['  300 ', 300],
    ['0', 0],
    ['-5', -5],
  ])('reads %j as %d', (text, amount) => {
    expect(parseEuroAmount(text)).toBe(amount)
  })

  it('reads empty text as no tariff and other text as not an amount', () => {
    expect(parseEuroAmount('  ')).toBeUndefined()
    expect(parseEuroAmount('tweehonderd')).toBeNaN()
    expect(parseEuroAmount('1,2,3')).toBeNaN()
    expect(parseEuroAmount('12.34.5')).toBeNaN()
  })

  it('shows an amount with a decimal comma', () => {
    expect(formatEuroAmount(245.5)).toBe('245,50')
    expect(formatEuroAmount(300)).toBe('300')
    expect(formatEuroAmount(undefined)).toBe('')
  })
})
