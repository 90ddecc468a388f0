import { describe, expect, it } from 'vitest'
import { fixtureReport } from '../../test/fixtures/report-test-data'
import { readExchangeFile } from '../domain/exchange/read-exchange-file'
import { exchangeFileText } from './exchange'

const OPTIONS = {
  scopeName: "'s-Gravenhage",
  preconditionNames: { wonen: 'Wonen' },
  signals: '',
  includeNames: false,
  createdAt: '2026-05-20T10:30:00.000Z',
  providerId: '0b6c1c5e-8d3a-4f7e-9a41-2c5d8e7f9a10',
}

describe('writing an uitwisselbestand', () => {
  it('is indented JSON ending in a newline that our own reader accepts', () => {
    const text = exchangeFileText(fixtureReport(), OPTIONS)
    expect(text.startsWith('{\n  "format": "doorstroombord-uitwissel",\n')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(readExchangeFile(text, '2026-05-20').ok).toBe(true)
  })

  it('refuses to hand out a file that its own reader would refuse', () => {
    const report = { ...fixtureReport(), providerName: 'x'.repeat(201) }
    expect(() => exchangeFileText(report, OPTIONS)).toThrow(/provider\.name/)
  })
})
