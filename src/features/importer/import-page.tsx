import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import { resolvePlan } from '../../domain/import/plan'
import type { ColumnMapping, ImportChoices, RowAnalysis } from '../../domain/import/types'
import { commitImport, StaleImportError, type ImportResult } from '../../db/import-repo'
import { classifyStorageError } from '../../db/storage'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useActor } from '../../stores/preferences-store'
import { ChooseFileStep } from './choose-file-step'
import { checkSheet, proposeMapping } from './import-pipeline'
import { MappingStep } from './mapping-step'
import { PreviewStep } from './preview-step'
import { ProgressPanel } from './progress-panel'
import './importer.css'
import { OldExcelError, readImportFile, type LoadedSheet } from './read-import-file'

type State =
  | { step: 'file'; busy: boolean; error: string | null }
  | { step: 'mapping'; sheet: LoadedSheet; mapping: ColumnMapping; error?: string }
  | { step: 'checking'; sheet: LoadedSheet; mapping: ColumnMapping; done: number }
  | {
      step: 'preview' | 'saving'
      sheet: LoadedSheet
      mapping: ColumnMapping
      rows: RowAnalysis[]
      choices: ImportChoices
      error: string | null
      done: number
      total: number
    }
  | { step: 'done'; result: ImportResult; skipped: number }

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
 * all-or-nothing commit. Nothing is written before "Import uitvoeren".
 */
export function ImportPage() {
  const t = useT()
  const m = t.importer
  const settings = useSettings()
  const actor = useActor()
  const today = useToday()
  const [state, setState] = useState<State>({ step: 'file', busy: false, error: null })
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
      const sheet = await readImportFile(file, file.name)
      if (sheet.table.rows.length === 0) {
        setState({ step: 'file', busy: false, error: m.empty })
        return
      }
      setState({ step: 'mapping', sheet, mapping: await proposeMapping(sheet.table) })
    } catch (error) {
      const message = error instanceof OldExcelError ? m.oldExcel : m.readFailed
      setState({ step: 'file', busy: false, error: message })
    }
  }

  async function check(sheet: LoadedSheet, mapping: ColumnMapping) {
    setState({ step: 'checking', sheet, mapping, done: 0 })
    let checked: RowAnalysis[]
    try {
      checked = await checkSheet(sheet.table, mapping, today, (done) =>
        setState({ step: 'checking', sheet, mapping, done }),
      )
    } catch {
      setState({ step: 'mapping', sheet, mapping, error: t.common.unknownError })
      return
    }
    const choices: ImportChoices = { existing: null, inFile: null }
    setState({
      step: 'preview',
      sheet,
      mapping,
      rows: checked,
      choices,
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
      setState({ step: 'done', result, skipped })
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
            preconditions={settings.preconditions}
            error={state.error ?? null}
            onChange={(mapping) => setState({ step: 'mapping', sheet: state.sheet, mapping })}
            onCheck={() => void check(state.sheet, state.mapping)}
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
            choices={state.choices}
            preconditions={settings.preconditions}
            error={state.error}
            onChoices={(c) => setState({ ...state, choices: c, error: null })}
            onRun={() => void run()}
            onBack={() => setState({ step: 'mapping', sheet: state.sheet, mapping: state.mapping })}
          />
        )}
        {state.step === 'saving' && (
          <ProgressPanel label={m.saving} done={state.done} total={state.total} />
        )}
        {state.step === 'done' && (
          <div className="import-step">
            <div role="status">
              <p>{m.done(state.result.added, state.result.updated)}</p>
              {state.skipped > 0 && <p>{m.doneSkipped(state.skipped)}</p>}
            </div>
            <div className="form__actions">
              <Link href="/" className="button button--primary">
                {m.toBoard}
              </Link>
              <button
                type="button"
                className="button"
                onClick={() => setState({ step: 'file', busy: false, error: null })}
              >
                {m.again}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  )
}
