import type { OtherLine } from '../../domain/import/heading-rows'
import { useMemo, useState } from 'react'
import type { ImportPlan } from '../../domain/import/plan'
import type { ColourReport } from '../../domain/import/colour-statuses'
import type { ImportChoices, RowAnalysis, SkipReason } from '../../domain/import/types'
import { rowsLostToUnmapped } from '../../domain/import/unmapped'
import type { PreconditionDef } from '../../domain/types'
import { useT } from '../../i18n'
import { ChangesList } from './changes-list'
import { ColourReportNotes } from './colour-report'
import { DuplicateChoice } from './duplicate-choice'
import { ProblemsTable } from './problems-table'
import { targetLabel } from './target-label'
import { OtherLines } from './other-lines'

interface PreviewStepProps {
  plan: ImportPlan
  rows: readonly RowAnalysis[]
  choices: ImportChoices
  /** Set when the columns were mapped as remembered from an earlier import. */
  rememberedNote: string | null
  /** Remember the mapping for lists with the same columns. */
  remember: boolean
  onRemember: (remember: boolean) => void
  preconditions: readonly PreconditionDef[]
  error: string | null
  onChoices: (choices: ImportChoices) => void
  onRun: () => void
  onBack: () => void
  lines: readonly OtherLine[]
  locationFromHeadings: boolean
  /** Statuses read from cell colours, and text that won over a colour. */
  colours?: ColourReport | null
}

const REASON_ORDER: SkipReason['kind'][] = [
  'problems',
  'existsOnBoard',
  'unchanged',
  'duplicateInFile',
  'undecided',
]

export function PreviewStep(props: PreviewStepProps) {
  const { plan, rows, choices, preconditions, error, onChoices, onRun, onBack } = props
  const t = useT()
  const m = t.importer
  const [mustChoose, setMustChoose] = useState(false)
  const lost = useMemo(() => rowsLostToUnmapped(rows), [rows])
  // Name every row of a cliëntnummer that is in the file more than once.
  const twice = useMemo(() => {
    const wanted = new Set(plan.twiceInFile)
    const rowsOf = new Map<string, number[]>()
    for (const row of rows) {
      if (wanted.has(row.clientRef))
        rowsOf.set(row.clientRef, [...(rowsOf.get(row.clientRef) ?? []), row.rowNumber])
    }
    return plan.twiceInFile.map((ref) => m.twiceRows(ref, (rowsOf.get(ref) ?? []).join(', ')))
  }, [plan.twiceInFile, rows, m])
  const perReason = new Map<SkipReason['kind'], number>()
  for (const s of plan.skipped)
    perReason.set(s.reason.kind, (perReason.get(s.reason.kind) ?? 0) + 1)
  const nothing = plan.adds.length + plan.updates.length === 0 && plan.undecided === 0

  function run() {
    if (plan.undecided > 0) {
      setMustChoose(true)
      return
    }
    onRun()
  }

  return (
    <div className="import-step">
      {props.rememberedNote && <p className="notice-inline">{props.rememberedNote}</p>}
      <h3 className="visually-hidden">{m.counts}</h3>
      <dl className="import-counts">
        <div>
          <dt>{m.toAdd}</dt>
          <dd>{m.countYouths(plan.adds.length)}</dd>
        </div>
        <div>
          <dt>{m.toUpdate}</dt>
          <dd>{m.countYouths(plan.updates.length)}</dd>
        </div>
        <div>
          <dt>{m.toSkip}</dt>
          <dd>{m.countRows(plan.skipped.length)}</dd>
        </div>
      </dl>
      {lost.size > 0 && (
        <div className="import-unmapped" role="note" aria-labelledby="import-unmapped">
          <h3 id="import-unmapped">{m.unmappedTitle}</h3>
          <ul>
            {[...lost].map(([target, count]) => (
              <li key={target}>{m.unmappedCost(targetLabel(t, target, preconditions), count)}</li>
            ))}
          </ul>
          <p>{m.unmappedFix}</p>
        </div>
      )}
      {plan.skipped.length > 0 && (
        <ul className="import-skips">
          {REASON_ORDER.filter((k) => perReason.has(k)).map((kind) => (
            <li key={kind}>{m.skipReasons[kind](perReason.get(kind) ?? 0)}</li>
          ))}
        </ul>
      )}
      {plan.onBoard.length > 0 && (
        <DuplicateChoice
          legend={m.onBoardTitle(plan.onBoard.length)}
          clientRefs={plan.onBoard}
          value={choices.existing}
          updateLabel={m.onBoardUpdate}
          skipLabel={m.onBoardSkip}
          onChange={(existing) => onChoices({ ...choices, existing })}
        />
      )}
      {plan.twiceInFile.length > 0 && (
        <DuplicateChoice
          legend={m.twiceTitle(plan.twiceInFile.length)}
          clientRefs={twice}
          value={choices.inFile}
          updateLabel={m.twiceUpdate}
          skipLabel={m.twiceSkip}
          onChange={(inFile) => onChoices({ ...choices, inFile })}
        />
      )}
      <ChangesList updates={plan.updates} preconditions={preconditions} />
      <OtherLines lines={props.lines} locationFromHeadings={props.locationFromHeadings} />
      <ColourReportNotes report={props.colours ?? null} />
      <h3>{m.problemsTitle(plan.problems.length)}</h3>
      <ProblemsTable problems={plan.problems} preconditions={preconditions} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.remember}
          onChange={(event) => props.onRemember(event.target.checked)}
        />
        {m.remember}
      </label>
      {(error || (mustChoose && plan.undecided > 0)) && (
        <p className="error-summary" role="alert">
          {error ?? m.chooseFirst}
        </p>
      )}
      {nothing && <p className="notice-inline">{m.nothingToDo}</p>}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={nothing} onClick={run}>
          {m.run}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {m.back}
        </button>
      </div>
    </div>
  )
}
