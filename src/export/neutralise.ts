/**
 * Characters that make a spreadsheet read a cell as a formula (or hide one after a line
 * break): = + - @ at the start, and a leading tab, carriage return, line feed or NUL
 * (OWASP ASVS 1.2.10). Papaparse's own escaping misses LF and NUL, so every writer uses this.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/

/** Makes a text cell safe to open in Excel or LibreOffice: a risky start gets a leading `'`. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}
