import Papa from 'papaparse'
import { decodeText, type TextEncodingName } from './decode-text'
import { toSourceTable } from './source-table'
import type { SourceTable } from './types'

export type Separator = ';' | ',' | '\t' | '|'
const SEPARATORS: Separator[] = [';', ',', '\t', '|']

export interface CsvTable extends SourceTable {
  separator: Separator
  encoding: TextEncodingName
}

const SAMPLE_LINES = 25

/**
 * The separator that splits the first lines into the same number (≥ 2) of columns most often,
 * widest first. Blank lines are left out of the count: they would spoil Papa Parse's own guess.
 */
export function detectSeparator(text: string): Separator {
  let best: Separator = ';'
  let bestScore = 0
  for (const separator of SEPARATORS) {
    const { data } = Papa.parse<string[]>(text, {
      delimiter: separator,
      preview: SAMPLE_LINES,
      skipEmptyLines: 'greedy',
    })
    const width = data[0]?.length ?? 0
    if (width < 2) continue
    const share = data.filter((row) => row.length === width).length / data.length
    const score = share * 1000 + width
    if (score > bestScore) {
      best = separator
      bestScore = score
    }
  }
  return best
}

/** Reads CSV text; the separator is detected (`;` in Dutch Excel, `,` elsewhere, tab, `|`). */
export function parseCsvText(text: string): { grid: string[][]; separator: Separator } {
  const separator = detectSeparator(text)
  const result = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false })
  return { grid: result.data, separator }
}

/** Reads the bytes of a CSV file into rows of cells, with what was detected. */
export function readCsvGrid(bytes: Uint8Array): {
  grid: string[][]
  separator: Separator
  encoding: TextEncodingName
} {
  const { text, encoding } = decodeText(bytes)
  return { ...parseCsvText(text), encoding }
}

/** Reads the bytes of a CSV file: encoding, separator, column titles and rows. */
export function readCsv(bytes: Uint8Array): CsvTable {
  const { grid, separator, encoding } = readCsvGrid(bytes)
  return { ...toSourceTable(grid), separator, encoding }
}
