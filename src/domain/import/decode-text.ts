export type TextEncodingName = 'utf-8' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** True when the file started with a UTF-8 byte order mark (Excel's "CSV UTF-8"). */
  bom: boolean
}

/**
 * Reads the bytes of a text file the way Dutch spreadsheets write them: UTF-8 (with or without
 * BOM) when the bytes are valid UTF-8, else Windows-1252 — Excel's plain "CSV" is ANSI.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    // fatal: throws on the first byte sequence that is not UTF-8, e.g. an ANSI "é" (0xE9).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', bom }
  }
}
