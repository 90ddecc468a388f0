import { guessColumns, sureMapping, type ColumnGuesses } from '../../domain/import/auto-map'
import { cellText } from '../../domain/import/cell-values'
import {
  colourMeanings,
  colourReport,
  type ColourMeaningOf,
  type ColourReport,
} from '../../domain/import/colour-statuses'
import { recogniseColumns } from '../../domain/import/content-match'
import type { Legend } from '../../domain/import/legend'
import { splitYouthRows, type OtherLine } from '../../domain/import/heading-rows'
import { createHeaderMatcher, type HeaderMatcher } from '../../domain/import/header-match'
import { rowTitles } from '../../domain/import/locate-table'
import { analyseTable, resolvePlan, type ImportPlan } from '../../domain/import/plan'
import {
  applyRemembered,
  layoutOf,
  type RememberedLayout,
} from '../../domain/import/remembered-layout'
import type {
  ColumnMapping,
  ImportChoices,
  ImportTarget,
  RowAnalysis,
  SourceTable,
} from '../../domain/import/types'
import type { IsoDate, Settings } from '../../domain/types'
import { commitImport, loadExistingForImport, type ImportResult } from '../../db/import-repo'
import { listRememberedLayouts } from '../../db/import-layouts-repo'
import { getSettings } from '../../db/settings-repo'
import { importWords, preconditionNames } from './import-words'
import { readImportFile, type LoadedSheet, type ReadOptions } from './read-import-file'
import { contentWithColours, importStatusOf, legendOf } from './sheet-colours'
import { YOUTH_TARGETS } from './target-label'

/** Lets the browser paint (progress bar) and handle input between chunks of work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** What reading and mapping a file needs to know, read once per file. */
export interface ImportContext {
  matcher: HeaderMatcher
  layouts: RememberedLayout[]
  /** A field the app offers now (a remembered precondition may since be switched off). */
  allowed: (target: ImportTarget) => boolean
}

export function contextFor(settings: Settings, layouts: RememberedLayout[]): ImportContext {
  const enabled = new Set(settings.preconditions.filter((p) => p.enabled).map((p) => p.id))
  const youthTargets = new Set<string>(YOUTH_TARGETS)
  return {
    matcher: createHeaderMatcher(preconditionNames(settings)),
    layouts,
    allowed: (target) =>
      youthTargets.has(target) || enabled.has(target.slice(target.indexOf(':') + 1)),
  }
}

export async function loadImportContext(): Promise<ImportContext> {
  const [settings, layouts] = await Promise.all([getSettings(), listRememberedLayouts()])
  return contextFor(settings, layouts)
}

/** The remembered layout whose titles are those of the sheet's header row, if any. */
export function rememberedFor(sheet: LoadedSheet, context: ImportContext) {
  const row = sheet.sheets[sheet.sheetIndex]?.grid[sheet.headerIndex] ?? []
  const layout = layoutOf(rowTitles(row))
  return context.layouts.find((l) => l.layout === layout) ?? null
}

/** The mapping proposed for a sheet: remembered from last time, or from the column titles. */
export interface Proposal {
  mapping: ColumnMapping
  /** Per column: the field its title suggests and how sure that is. */
  guesses: ColumnGuesses
  remembered: RememberedLayout | null
  /** The sheet's legend of colours, when it has one. */
  legend?: Legend | null
}

export function propose(sheet: LoadedSheet, context: ImportContext, today: IsoDate): Proposal {
  const legend = legendOf(sheet)
  const content = contentWithColours(sheet, recogniseColumns(sheet.table, today), legend)
  const guesses = guessColumns(sheet.table.headers, context.matcher, content)
  const remembered = rememberedFor(sheet, context)
  const mapping = remembered
    ? applyRemembered(remembered, sheet.table.headers, context.allowed)
    : sureMapping(guesses)
  return { mapping, guesses, remembered, legend }
}

/** Reads a file and finds its list, preferring a sheet and header row remembered before. */
export async function openSpreadsheet(
  file: Blob,
  name: string,
  context: ImportContext,
  read?: ReadOptions['read'],
): Promise<LoadedSheet> {
  const layouts = new Set(context.layouts.map((l) => l.layout))
  return readImportFile(file, name, {
    matcher: context.matcher,
    isRemembered: (titles) => layouts.has(layoutOf(titles)),
    ...(read ? { read } : {}),
  })
}

/** The rows checked, and the lines of the list that are no youth (headings, totals). */
export interface CheckedSheet {
  rows: RowAnalysis[]
  lines: OtherLine[]
  locationFromHeadings: boolean
  /** Statuses taken from cell colours, and cells whose text overrode their colour. */
  colours?: ColourReport
}

/**
 * Checks every row against the youth rules and the board, in chunks so the page stays
 * responsive; `onProgress` gets the number of rows done. Heading rows and closing lines are
 * set apart first (a heading gives the rows below it their locatie when no column does).
 */
export async function checkSheet(
  source: SourceTable,
  chosen: ColumnMapping,
  today: IsoDate,
  onProgress?: (done: number, total: number) => void,
  colours?: ColourMeaningOf,
): Promise<CheckedSheet> {
  const { table, mapping, lines, locationFromHeadings } = splitYouthRows(source, chosen)
  const column = mapping.indexOf('clientRef')
  const refs = column < 0 ? [] : table.rows.map((r) => cellText(r.cells[column]))
  const existing = await loadExistingForImport(refs)
  const rows = await analyseTable(table, mapping, existing, {
    today,
    words: importWords(),
    ...(colours ? { colours } : {}),
    onChunk: async (done, total) => {
      onProgress?.(done, total)
      await yieldToBrowser()
    },
  })
  const report = colours
    ? colourReport(table.rows, table.headers, mapping, colours, importStatusOf())
    : { fromColour: [], disagreements: [] }
  return { rows, lines, locationFromHeadings, colours: report }
}

export interface ImportSpreadsheetOptions {
  actor: string
  today: IsoDate
  /** What to do with cliëntnummers on the board or twice in the file (default: update). */
  choices?: ImportChoices
  onProgress?: (phase: 'checking' | 'saving', done: number, total: number) => void
}

/**
 * The whole import without a screen: read the file, find the list, map columns (as
 * remembered, else the sure matches), check, and store all-or-nothing. For the benchmark
 * (50,000 rows) and scripted use; the Importeren screen runs the same steps with the user's
 * choices in between.
 */
export async function importSpreadsheet(
  file: Blob,
  name: string,
  options: ImportSpreadsheetOptions,
): Promise<{ plan: ImportPlan; result: ImportResult }> {
  const context = await loadImportContext()
  const sheet = await openSpreadsheet(file, name, context)
  const { mapping, legend } = propose(sheet, context, options.today)
  const { rows } = await checkSheet(
    sheet.table,
    mapping,
    options.today,
    (done, total) => options.onProgress?.('checking', done, total),
    colourMeanings(legend ?? null),
  )
  const plan = resolvePlan(rows, options.choices ?? { existing: 'update', inFile: 'update' })
  const result = await commitImport(plan, options.actor, (done, total) =>
    options.onProgress?.('saving', done, total),
  )
  return { plan, result }
}
