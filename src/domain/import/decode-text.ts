export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** True when the file started with a byte order mark (Excel's "CSV UTF-8", "Unicode-tekst"). */
  bom: boolean
}

/**
 * Reads the bytes of a text file the way Dutch spreadsheets write them: UTF-16 when it starts
 * with its byte order mark (Excel's "Unicode-tekst"), UTF-8 (with or without BOM) when the
 * bytes are valid UTF-8, else Windows-1252 — Excel's plain "CSV" is ANSI.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: true }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: true }
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    // fatal: throws on the first byte sequence that is not UTF-8, e.g. an ANSI "é" (0xE9).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', bom }
  }
}

/** How much of a file is looked at to tell text from binary content. */
const SAMPLE = 65_536

/**
 * Control characters no spreadsheet writes in text: everything below space except tab, line
 * feed and carriage return, DEL, and the C1 range (which Windows-1252 decoding gives only for
 * its five undefined bytes).
 */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d
  return code >= 0x7f && code <= 0x9f
}

/**
 * False for binary content decoded as if it were text (random bytes, an image, a PDF): it
 * holds a NUL, or more than 1 in 100 characters are control characters. A stray one (a form
 * feed, an old end-of-file mark) in a real list does not make it binary.
 */
export function looksLikeText(text: string): boolean {
  const length = Math.min(text.length, SAMPLE)
  let controls = 0
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0) return false
    if (isControl(code)) controls++
  }
  return controls * 100 <= length
}
