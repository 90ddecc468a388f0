import {
  SAMPLE_CSV_ANSI,
  randomBytes,
  utf16le,
  utf8,
  windows1252,
} from '../../../test/fixtures/import-sheets'
import { decodeText, looksLikeText } from './decode-text'

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

describe('decodeText: UTF-16', () => {
  it("reads Excel's Unicode text (UTF-16 with byte order mark)", () => {
    const decoded = decodeText(utf16le('Cliëntnummer\tRoepnaam\r\nK-1\tZoë\r\n'))
    expect(decoded).toEqual({
      text: 'Cliëntnummer\tRoepnaam\r\nK-1\tZoë\r\n',
      encoding: 'utf-16le',
      bom: true,
    })
    expect(looksLikeText(decoded.text)).toBe(true)
  })
})

describe('looksLikeText', () => {
  it('takes UTF-8 and ANSI lists, with tabs, line breaks and a stray end-of-file mark', () => {
    expect(looksLikeText(decodeText(SAMPLE_CSV_ANSI()).text)).toBe(true)
    expect(looksLikeText(decodeText(utf8('Naam\tWonen\r\n"Zoë\nde Vries"\trood\n')).text)).toBe(
      true,
    )
    const rows = Array.from({ length: 20 }, (_, i) => `K-${i};Zoë;Utrecht`).join('\r\n')
    expect(looksLikeText(`${rows}\u001a`)).toBe(true)
    expect(looksLikeText('')).toBe(true)
  })

  it('refuses random bytes, whichever way they decode', () => {
    for (const seed of [1, 2, 3, 0xdeadbeef]) {
      const decoded = decodeText(randomBytes(4096, seed))
      expect(decoded.encoding).toBe('windows-1252')
      expect(looksLikeText(decoded.text)).toBe(false)
    }
  })

  it('refuses binary content that happens to be valid UTF-8 (NUL bytes, control codes)', () => {
    expect(looksLikeText(decodeText(new Uint8Array(64)).text)).toBe(false)
    const controls = Uint8Array.from({ length: 600 }, (_, i) => (i % 40 === 0 ? 0x01 : 0x41))
    expect(decodeText(controls).encoding).toBe('utf-8')
    expect(looksLikeText(decodeText(controls).text)).toBe(false)
  })
})
