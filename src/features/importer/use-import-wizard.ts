import { useMemo, useReducer, useRef } from 'react'
import { colourMeanings } from '../../domain/import/colour-statuses'
import { detectHeaderRow, rowTitles } from '../../domain/import/locate-table'
import { resolvePlan } from '../../domain/import/plan'
import { rememberedFrom } from '../../domain/import/remembered-layout'
import type { IsoDate } from '../../domain/types'
import { forgetLayout, rememberLayout } from '../../db/import-layouts-repo'
import { commitImport, StaleImportError } from '../../db/import-repo'
import { classifyStorageError } from '../../db/storage'
import { useT } from '../../i18n'
import {
  checkSheet,
  loadImportContext,
  openSpreadsheet,
  propose,
  type ImportContext,
} from './import-pipeline'
import { hasUnknownColours } from './sheet-colours'
import { INITIAL_WIZARD, wizardReducer, type Mapped } from './import-wizard'
import { readWorkbookOffThread } from './read-off-thread'
import { OldExcelError, UnreadableFileError, withTable, type LoadedSheet } from './read-import-file'
import { MAX_UNPACKED_BYTES, megabytes, OversizedWorkbookError } from './zip-budget'

/**
 * The import wizard: its state (see `wizardReducer`) and the steps that read, check and store,
 * each dispatching what happened. The plan is derived from the preview's rows and choices.
 */
export function useImportWizard(actor: string, today: IsoDate) {
  const t = useT()
  const m = t.importer
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD)
  const context = useRef<ImportContext | null>(null)

  const rows = state.step === 'preview' || state.step === 'saving' ? state.rows : null
  const choices = state.step === 'preview' || state.step === 'saving' ? state.choices : null
  const plan = useMemo(() => (rows && choices ? resolvePlan(rows, choices) : null), [rows, choices])

  async function check(mapped: Mapped) {
    dispatch({ type: 'checkStarted', mapped })
    try {
      const checked = await checkSheet(
        mapped.sheet.table,
        mapped.mapping,
        today,
        (done) => dispatch({ type: 'checkProgress', done }),
        colourMeanings(mapped.proposal.legend ?? null, mapped.answers),
      )
      // A list imported before updates the youths it put on the board, unless the user chose
      // otherwise then; the choice stays visible and can be changed.
      const remembered = mapped.proposal.remembered
      const existing = remembered ? (remembered.existing ?? 'update') : null
      dispatch({ type: 'checked', ...checked, existing })
    } catch {
      dispatch({ type: 'checkFailed', error: t.common.unknownError })
    }
  }

  async function chooseFile(file: File) {
    dispatch({ type: 'fileChosen' })
    try {
      const ctx = await loadImportContext()
      context.current = ctx
      const sheet = await openSpreadsheet(file, file.name, ctx, (blob, name) =>
        readWorkbookOffThread(blob, name, (done, total) =>
          dispatch({ type: 'fileProgress', done, total }),
        ),
      )
      if (sheet.table.rows.length === 0) {
        dispatch({ type: 'fileRefused', error: m.empty })
        return
      }
      const proposal = propose(sheet, ctx, today)
      const mapped = { sheet, mapping: proposal.mapping, proposal }
      // The same list as last time: straight to the check, the mapping stays one click away.
      // A colour nobody has given a meaning yet is asked on the mapping step first.
      if (proposal.remembered && !hasUnknownColours(mapped)) await check(mapped)
      else dispatch({ type: 'proposed', mapped })
    } catch (error) {
      const message =
        error instanceof OversizedWorkbookError
          ? m.tooLarge(
              file.name,
              megabytes(error.unpackedBytes),
              megabytes(MAX_UNPACKED_BYTES),
              error.reason === 'ratio',
            )
          : error instanceof OldExcelError
            ? m.oldExcel
            : error instanceof UnreadableFileError
              ? error.kind === 'zip'
                ? m.notWorkbookZip(file.name)
                : m.notText(file.name)
              : m.readFailed
      dispatch({ type: 'fileRefused', error: message })
    }
  }

  /** Another sheet or header row: the columns are recognised again. */
  function reselect(sheet: LoadedSheet, sheetIndex: number, headerIndex: number | null) {
    const ctx = context.current
    if (!ctx) return
    const grid = sheet.sheets[sheetIndex]?.grid ?? []
    const row = headerIndex ?? detectHeaderRow(grid, ctx.matcher)
    const next = withTable(sheet, sheetIndex, row)
    const proposal = propose(next, ctx, today)
    dispatch({ type: 'proposed', mapped: { sheet: next, mapping: proposal.mapping, proposal } })
  }

  async function forget(mapped: Mapped) {
    const ctx = context.current
    const layout = mapped.proposal.remembered?.layout
    if (!ctx || !layout) return
    await forgetLayout(layout)
    ctx.layouts = ctx.layouts.filter((l) => l.layout !== layout)
    const proposal = propose(mapped.sheet, ctx, today)
    dispatch({
      type: 'proposed',
      mapped: { sheet: mapped.sheet, mapping: proposal.mapping, proposal },
      notice: m.forgotten,
    })
  }

  async function run() {
    if (state.step !== 'preview' || !plan) return
    const { sheet, mapping, remember, choices: chosen } = state
    dispatch({ type: 'saveStarted' })
    try {
      const result = await commitImport(plan, actor, (done, total) =>
        dispatch({ type: 'saveProgress', done, total }),
      )
      if (remember) {
        const titles = rowTitles(sheet.sheets[sheet.sheetIndex]?.grid[sheet.headerIndex] ?? [])
        const layout = rememberedFrom(
          titles,
          sheet.table.headers,
          mapping,
          chosen.existing,
          new Date().toISOString(),
        )
        // The import itself is stored; failing to remember its columns must not hide that.
        await rememberLayout(layout).catch(() => undefined)
      }
      dispatch({ type: 'saved', result, skipped: plan.skipped.length })
    } catch (error) {
      const message =
        error instanceof StaleImportError
          ? m.stale
          : classifyStorageError(error) === 'quota'
            ? m.quota
            : m.failed
      dispatch({ type: 'saveFailed', error: message })
    }
  }

  return { state, dispatch, plan, chooseFile, reselect, forget, check, run }
}
