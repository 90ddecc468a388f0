import { useEffect, useMemo, useRef, useState } from 'react'
import { formatMomentDate } from '../../domain/moments'
import { detectHeaderRow, rowTitles } from '../../domain/import/locate-table'
import { resolvePlan } from '../../domain/import/plan'
import { rememberedFrom } from '../../domain/import/remembered-layout'
import type { ColumnMapping, ImportChoices, RowAnalysis } from '../../domain/import/types'
import { forgetLayout, rememberLayout } from '../../db/import-layouts-repo'
import { commitImport, StaleImportError, type ImportResult } from '../../db/import-repo'
import { classifyStorageError } from '../../db/storage'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useActor } from '../../stores/preferences-store'
import { ChooseFileStep } from './choose-file-step'
import { DoneStep } from './done-step'
import {
  checkSheet,
  loadImportContext,
  openSpreadsheet,
  propose,
  type ImportContext,
  type Proposal,
} from './import-pipeline'
import { MappingStep } from './mapping-step'
import { PreviewStep } from './preview-step'
import { ProgressPanel } from './progress-panel'
import './importer.css'
import { OldExcelError, UnreadableFileError, withTable, type LoadedSheet } from './read-import-file'

interface Mapped {
  sheet: LoadedSheet
  mapping: ColumnMapping
  proposal: Proposal
}

type State =
  | { step: 'file'; busy: boolean; error: string | null }
  | (Mapped & { step: 'mapping'; error?: string; notice?: string })
  | (Mapped & { step: 'checking'; done: number })
  | (Mapped & {
      step: 'preview' | 'saving'
      rows: RowAnalysis[]
      choices: ImportChoices
      remember: boolean
      error: string | null
      done: number
      total: number
    })
  | { step: 'done'; result: ImportResult; skipped: number; remembered: boolean }

const STEPS = ['file', 'mapping', 'preview', 'done'] as const
const STEP_INDEX: Record<State['step'], number> = {
  file: 0,
  mapping: 1,
  checking: 1,
  preview: 2,
  saving: 2,
  done: 3,
}

/**
 * Importeren: file → column mapping → preview of every add, update, skip and problem →
 * all-or-nothing commit. Nothing is written before "Import uitvoeren". A list whose columns
 * were mapped before skips the mapping step: choose the file, check, run.
 */
export function ImportPage() {
  const t = useT()
  const m = t.importer
  const settings = useSettings()
  const actor = useActor()
  const today = useToday()
  const [state, setState] = useState<State>({ step: 'file', busy: false, error: null })
  const context = useRef<ImportContext | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    heading.current?.focus()
  }, [state.step])

  const rows = state.step === 'preview' || state.step === 'saving' ? state.rows : null
  const choices = state.step === 'preview' || state.step === 'saving' ? state.choices : null
  const plan = useMemo(() => (rows && choices ? resolvePlan(rows, choices) : null), [rows, choices])

  async function chooseFile(file: File) {
    setState({ step: 'file', busy: true, error: null })
    try {
      const ctx = await loadImportContext()
      context.current = ctx
      const sheet = await openSpreadsheet(file, file.name, ctx)
      if (sheet.table.rows.length === 0) {
        setState({ step: 'file', busy: false, error: m.empty })
        return
      }
      const proposal = propose(sheet, ctx)
      const mapped = { sheet, mapping: proposal.mapping, proposal }
      // The same list as last time: straight to the check, the mapping stays one click away.
      if (proposal.remembered) await check(mapped)
      else setState({ step: 'mapping', ...mapped })
    } catch (error) {
      const message =
        error instanceof OldExcelError
          ? m.oldExcel
          : error instanceof UnreadableFileError
            ? error.kind === 'zip'
              ? m.notWorkbookZip(file.name)
              : m.notText(file.name)
            : m.readFailed
      setState({ step: 'file', busy: false, error: message })
    }
  }

  /** Another sheet or header row: the columns are recognised again. */
  function reselect(sheet: LoadedSheet, sheetIndex: number, headerIndex: number | null) {
    const ctx = context.current
    if (!ctx) return
    const grid = sheet.sheets[sheetIndex]?.grid ?? []
    const row = headerIndex ?? detectHeaderRow(grid, ctx.matcher)
    const next = withTable(sheet, sheetIndex, row)
    const proposal = propose(next, ctx)
    setState({ step: 'mapping', sheet: next, mapping: proposal.mapping, proposal })
  }

  async function forget(mapped: Mapped) {
    const ctx = context.current
    const layout = mapped.proposal.remembered?.layout
    if (!ctx || !layout) return
    await forgetLayout(layout)
    ctx.layouts = ctx.layouts.filter((l) => l.layout !== layout)
    const proposal = propose(mapped.sheet, ctx)
    setState({
      step: 'mapping',
      sheet: mapped.sheet,
      mapping: proposal.mapping,
      proposal,
      notice: m.forgotten,
    })
  }

  async function check({ sheet, mapping, proposal }: Mapped) {
    const mapped: Mapped = { sheet, mapping, proposal }
    setState({ step: 'checking', ...mapped, done: 0 })
    let checked: RowAnalysis[]
    try {
      checked = await checkSheet(mapped.sheet.table, mapped.mapping, today, (done) =>
        setState({ step: 'checking', ...mapped, done }),
      )
    } catch {
      setState({ step: 'mapping', ...mapped, error: t.common.unknownError })
      return
    }
    // A list imported before updates the youths it put on the board, unless the user chose
    // otherwise then; the choice stays visible and can be changed.
    const existing = mapped.proposal.remembered
      ? (mapped.proposal.remembered.existing ?? 'update')
      : null
    setState({
      step: 'preview',
      ...mapped,
      rows: checked,
      choices: { existing, inFile: null },
      remember: true,
      error: null,
      done: 0,
      total: 0,
    })
  }

  async function run() {
    if (state.step !== 'preview' || !plan) return
    const skipped = plan.skipped.length
    setState({ ...state, step: 'saving', error: null })
    try {
      const result = await commitImport(plan, actor, (done, total) =>
        setState((s) => (s.step === 'saving' ? { ...s, done, total } : s)),
      )
      if (state.remember) {
        const { sheet } = state
        const titles = rowTitles(sheet.sheets[sheet.sheetIndex]?.grid[sheet.headerIndex] ?? [])
        const layout = rememberedFrom(
          titles,
          sheet.table.headers,
          state.mapping,
          state.choices.existing,
          new Date().toISOString(),
        )
        // The import itself is stored; failing to remember its columns must not hide that.
        await rememberLayout(layout).catch(() => undefined)
      }
      setState({ step: 'done', result, skipped, remembered: state.remember })
    } catch (error) {
      const message =
        error instanceof StaleImportError
          ? m.stale
          : classifyStorageError(error) === 'quota'
            ? m.quota
            : m.failed
      setState({ ...state, step: 'preview', error: message })
    }
  }

  const titles = [m.steps.file, m.mappingTitle, m.previewTitle, m.doneTitle]
  const index = STEP_INDEX[state.step]
  const toMapping = (mapped: Mapped) =>
    setState({
      step: 'mapping',
      sheet: mapped.sheet,
      mapping: mapped.mapping,
      proposal: mapped.proposal,
    })
  return (
    <div className="page page--import">
      <div className="page__header">
        <div>
          <h1 className="page__title">{m.title}</h1>
          <p className="page__intro">{m.intro}</p>
        </div>
      </div>
      <ol className="import-steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === index ? 'step' : undefined}>
            {m.steps[s]}
          </li>
        ))}
      </ol>
      <section className="card" aria-labelledby="import-step-title">
        <h2 id="import-step-title" ref={heading} tabIndex={-1}>
          <span className="import-step__number">{m.stepOf(index + 1, STEPS.length)}: </span>
          {titles[index]}
        </h2>
        {state.step === 'file' && (
          <ChooseFileStep
            busy={state.busy}
            error={state.error}
            onFile={(f) => void chooseFile(f)}
          />
        )}
        {state.step === 'mapping' && settings && (
          <MappingStep
            sheet={state.sheet}
            mapping={state.mapping}
            proposal={state.proposal}
            preconditions={settings.preconditions}
            error={state.error ?? null}
            notice={state.notice ?? null}
            onChange={(mapping) => setState({ ...state, mapping, error: undefined })}
            onSheet={(i) => reselect(state.sheet, i, null)}
            onHeaderRow={(row) => reselect(state.sheet, state.sheet.sheetIndex, row)}
            onForget={() => void forget(state)}
            onCheck={() => void check(state)}
            onOtherFile={() => setState({ step: 'file', busy: false, error: null })}
          />
        )}
        {state.step === 'checking' && (
          <ProgressPanel
            label={m.checking}
            done={state.done}
            total={state.sheet.table.rows.length}
          />
        )}
        {state.step === 'preview' && plan && settings && (
          <PreviewStep
            plan={plan}
            rows={state.rows}
            choices={state.choices}
            rememberedNote={
              state.proposal.remembered
                ? m.rememberedApplied(formatMomentDate(state.proposal.remembered.savedAt))
                : null
            }
            remember={state.remember}
            onRemember={(remember) => setState({ ...state, remember })}
            preconditions={settings.preconditions}
            error={state.error}
            onChoices={(c) => setState({ ...state, choices: c, error: null })}
            onRun={() => void run()}
            onBack={() => toMapping(state)}
          />
        )}
        {state.step === 'saving' && (
          <ProgressPanel label={m.saving} done={state.done} total={state.total} />
        )}
        {state.step === 'done' && (
          <DoneStep
            result={state.result}
            skipped={state.skipped}
            remembered={state.remembered}
            onAgain={() => setState({ step: 'file', busy: false, error: null })}
          />
        )}
      </section>
    </div>
  )
}
