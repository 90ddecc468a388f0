import { autoMapColumns } from '../../domain/import/auto-map'
import { analyseTable, resolvePlan, type ImportPlan } from '../../domain/import/plan'
import type {
  ColumnMapping,
  ImportChoices,
  RowAnalysis,
  SourceTable,
} from '../../domain/import/types'
import type { IsoDate } from '../../domain/types'
import { commitImport, loadExistingForImport, type ImportResult } from '../../db/import-repo'
import { getSettings } from '../../db/settings-repo'
import { cellText } from '../../domain/import/cell-values'
import { importWords, preconditionNames } from './import-words'
import { readImportFile } from './read-import-file'

/** Lets the browser paint (progress bar) and handle input between chunks of work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** The column mapping proposed for a sheet, from its titles and the enabled preconditions. */
export async function proposeMapping(table: SourceTable): Promise<ColumnMapping> {
  return autoMapColumns(table.headers, preconditionNames(await getSettings()))
}

/**
 * Checks every row against the youth rules and the board, in chunks so the page stays
 * responsive; `onProgress` gets the number of rows done.
 */
export async function checkSheet(
  table: SourceTable,
  mapping: ColumnMapping,
  today: IsoDate,
  onProgress?: (done: number, total: number) => void,
): Promise<RowAnalysis[]> {
  const column = mapping.indexOf('clientRef')
  const refs = column < 0 ? [] : table.rows.map((r) => cellText(r.cells[column]))
  const existing = await loadExistingForImport(refs)
  return analyseTable(table, mapping, existing, {
    today,
    words: importWords(),
    onChunk: async (done, total) => {
      onProgress?.(done, total)
      await yieldToBrowser()
    },
  })
}

export interface ImportSpreadsheetOptions {
  actor: string
  today: IsoDate
  /** What to do with cliëntnummers on the board or twice in the file (default: update). */
  choices?: ImportChoices
  onProgress?: (phase: 'checking' | 'saving', done: number, total: number) => void
}

/**
 * The whole import without a screen: read the file, map columns automatically, check, and
 * store all-or-nothing. For the benchmark (50,000 rows) and scripted use; the Importeren
 * screen runs the same steps with the user's mapping and choices in between.
 */
export async function importSpreadsheet(
  file: Blob,
  name: string,
  options: ImportSpreadsheetOptions,
): Promise<{ plan: ImportPlan; result: ImportResult }> {
  const { table } = await readImportFile(file, name)
  const mapping = await proposeMapping(table)
  const rows = await checkSheet(table, mapping, options.today, (done, total) =>
    options.onProgress?.('checking', done, total),
  )
  const plan = resolvePlan(rows, options.choices ?? { existing: 'update', inFile: 'update' })
  const result = await commitImport(plan, options.actor, (done, total) =>
    options.onProgress?.('saving', done, total),
  )
  return { plan, result }
}
