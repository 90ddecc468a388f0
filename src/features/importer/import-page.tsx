import { useEffect, useRef } from 'react'
import { formatMomentDate } from '../../domain/moments'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useActor } from '../../stores/preferences-store'
import { ChooseFileStep } from './choose-file-step'
import { DoneStep } from './done-step'
import { stepIndex, WIZARD_STEPS } from './import-wizard'
import { MappingStep } from './mapping-step'
import { PreviewStep } from './preview-step'
import { ProgressPanel } from './progress-panel'
import './importer.css'
import { useImportWizard } from './use-import-wizard'

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
  const { state, dispatch, plan, chooseFile, reselect, forget, check, run } = useImportWizard(
    actor,
    today,
  )
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    heading.current?.focus()
  }, [state.step])

  const titles = [m.steps.file, m.mappingTitle, m.previewTitle, m.doneTitle]
  const index = stepIndex(state)
  const restart = () => dispatch({ type: 'restart' })
  return (
    <div className="page page--import">
      <div className="page__header">
        <div>
          <h1 className="page__title">{m.title}</h1>
          <p className="page__intro">{m.intro}</p>
        </div>
      </div>
      <ol className="import-steps">
        {WIZARD_STEPS.map((s, i) => (
          <li key={s} aria-current={i === index ? 'step' : undefined}>
            {m.steps[s]}
          </li>
        ))}
      </ol>
      <section className="card" aria-labelledby="import-step-title">
        <h2 id="import-step-title" ref={heading} tabIndex={-1}>
          <span className="import-step__number">{m.stepOf(index + 1, WIZARD_STEPS.length)}: </span>
          {titles[index]}
        </h2>
        {state.step === 'file' && (
          <ChooseFileStep
            busy={state.busy}
            error={state.error}
            unpacked={state.unpacked}
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
            answers={state.answers ?? {}}
            onAnswer={(colour, meaning) => dispatch({ type: 'colourAnswered', colour, meaning })}
            onChange={(mapping) => dispatch({ type: 'mappingChanged', mapping })}
            onSheet={(i) => reselect(state.sheet, i, null)}
            onHeaderRow={(row) => reselect(state.sheet, state.sheet.sheetIndex, row)}
            onForget={() => void forget(state)}
            onCheck={() => void check(state)}
            onOtherFile={restart}
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
            lines={state.lines}
            locationFromHeadings={state.locationFromHeadings}
            colours={state.colours ?? null}
            choices={state.choices}
            rememberedNote={
              state.proposal.remembered
                ? m.rememberedApplied(formatMomentDate(state.proposal.remembered.savedAt))
                : null
            }
            remember={state.remember}
            onRemember={(remember) => dispatch({ type: 'rememberChanged', remember })}
            preconditions={settings.preconditions}
            error={state.error}
            onChoices={(choices) => dispatch({ type: 'choicesChanged', choices })}
            onRun={() => void run()}
            onBack={() => dispatch({ type: 'backToMapping' })}
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
            onAgain={restart}
          />
        )}
      </section>
    </div>
  )
}
