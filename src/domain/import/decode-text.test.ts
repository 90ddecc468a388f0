import { SAMPLE_CSV_ANSI, utf8, windows1252 } from '../../../test/fixtures/import-sheets'
import { decodeText } from './decode-text'

describe('decodeText', () => {
  it('reads UTF-8 and strips the byte order mark Excel writes', () => {
    const decoded = decodeText(utf8('Cliëntnummer;Roepnaam', true))
    expect(decoded).toEqual({ text: 'Cliëntnummer;Roepnaam', encoding: 'utf-8', bom: true })
  })

  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8('Noël,Zoë'))).toMatchObject({ text: 'Noël,Zoë', encoding: 'utf-8' })
  })

  it('falls back to Windows-1252 for an ANSI file from Excel, keeping é and ë', () => {
    const decoded = decodeText(windows1252('Cliëntnummer;Café'))
    expect(decoded).toEqual({ text: 'Cliëntnummer;Café', encoding: 'windows-1252', bom: false })
    expect(decodeText(SAMPLE_CSV_ANSI()).text).toContain('Zoë')
  })
})
