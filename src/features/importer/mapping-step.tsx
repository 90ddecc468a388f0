import { useMemo, useState } from 'react'
import type { ColourMeaning } from '../../domain/import/cell-colour'
import type { ColourAnswers } from '../../domain/import/colour-statuses'
import { doublyMappedTargets } from '../../domain/import/auto-map'
import { cellText } from '../../domain/import/cell-values'
import type { ColumnMapping, ImportTarget } from '../../domain/import/types'
import { formatDutchDate, isIsoDate } from '../../domain/dates'
import { formatMomentDate } from '../../domain/moments'
import type { PreconditionDef } from '../../domain/types'
import { useT } from '../../i18n'
import type { Proposal } from './import-pipeline'
import type { LoadedSheet } from './read-import-file'
import { ColourQuestions } from './colour-questions'
import { colourExamples, coloursToAsk } from './sheet-colours'
import { TableChoice } from './table-choice'
import { REQUIRED_TARGETS, targetLabel } from './target-label'
import { TableBox } from './table-box'
import { TargetSelect } from './target-select'

interface MappingStepProps {
  sheet: LoadedSheet
  mapping: ColumnMapping
  proposal: Proposal
  preconditions: readonly PreconditionDef[]
  /** A failure of the last check, shown with the mapping problems. */
  error: string | null
  /** A calm note, e.g. that a remembered mapping was forgotten. */
  notice: string | null
  /** The user's answers to the colour questions. */
  answers: ColourAnswers
  onAnswer: (colour: string, meaning: ColourMeaning) => void
  onChange: (mapping: ColumnMapping) => void
  onSheet: (index: number) => void
  onHeaderRow: (index: number) => void
  onForget: () => void
  onCheck: () => void
  onOtherFile: () => void
}

const EXAMPLES = 3

/** Shows a few values of a column, so the user recognises what it holds. */
function examplesOf(sheet: LoadedSheet, column: number): string {
  const values: string[] = []
  for (const row of sheet.table.rows) {
    const raw = cellText(row.cells[column])
    // Dates as the user writes them in Dutch; long remarks shortened.
    const text = isIsoDate(raw)
      ? formatDutchDate(raw)
      : raw.length > 60
        ? `${raw.slice(0, 60)}…`
        : raw
    if (text && !values.includes(text)) values.push(text)
    if (values.length === EXAMPLES) break
  }
  return values.join(' · ')
}

export function MappingStep(props: MappingStepProps) {
  const { sheet, mapping, proposal, preconditions, error, notice, answers } = props
  const t = useT()
  const m = t.importer
  const [problems, setErrors] = useState<string[]>([])
  const errors = error ? [error, ...problems] : problems
  const label = (target: ImportTarget) => targetLabel(t, target, preconditions)
  const missing = REQUIRED_TARGETS.filter((f) => f !== 'clientRef' && !mapping.includes(f))
  const { guesses, remembered } = proposal
  const sure = guesses.filter((g) => g?.confidence === 'sure').length
  const open = guesses.filter(
    (g, column) => g?.confidence === 'suggestion' && mapping[column] !== g.target,
  ).length

  const asked = useMemo(
    () => coloursToAsk({ sheet, mapping, proposal }),
    [sheet, mapping, proposal],
  )

  function check() {
    const problems = doublyMappedTargets(mapping).map((target) => m.doubleMapped(label(target)))
    const open = asked.filter((u) => answers[u.colour] === undefined).length
    if (open > 0) problems.push(t.importColours.unanswered(open))
    if (!mapping.includes('clientRef')) problems.unshift(m.clientRefMissing)
    setErrors(problems)
    if (problems.length === 0) props.onCheck()
  }

  function set(column: number, target: ImportTarget | null) {
    const next = [...mapping]
    next[column] = target
    props.onChange(next)
  }

  return (
    <div className="import-step">
      <p className="import-facts">
        {m.sheetFacts(sheet.name, sheet.table.rows.length)}{' '}
        {sheet.csv &&
          m.csvFacts(m.separators[sheet.csv.separator], m.encodings[sheet.csv.encoding])}
      </p>
      <TableChoice sheet={sheet} onSheet={props.onSheet} onHeaderRow={props.onHeaderRow} />
      <p>{m.mappingIntro}</p>
      {remembered ? (
        <div className="notice-inline import-remembered">
          <p>{m.rememberedApplied(formatMomentDate(remembered.savedAt))}</p>
          <button type="button" className="button" onClick={props.onForget}>
            {m.forget}
          </button>
        </div>
      ) : (
        <p className="import-recognised">{m.recognised(sure, guesses.length, open)}</p>
      )}
      {notice && (
        <p className="notice-inline" role="status">
          {notice}
        </p>
      )}
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {missing.length > 0 && (
        <p className="notice-inline">{m.requiredMissing(missing.map(label).join(', '))}</p>
      )}
      <TableBox labelledBy="import-mapping-caption">
        <table className="import-table">
          <caption id="import-mapping-caption" className="visually-hidden">
            {m.mappingTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.column}</th>
              <th scope="col">{m.examples}</th>
              <th scope="col">{m.target}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.table.headers.map((header, column) => {
              const guess = guesses[column]
              const suggestion =
                guess?.confidence === 'suggestion' && mapping[column] !== guess.target
                  ? guess.target
                  : null
              const hintId = `import-suggestion-${column}`
              const reasonId = `import-reason-${column}`
              // Why the values had a say: shown while the column holds the guessed field or
              // the suggestion is open, so the user can judge it.
              const reason =
                guess?.reason && (suggestion || mapping[column] === guess.target)
                  ? m.contentReason(guess.reason, guess.contentSays !== undefined)
                  : null
              const describedBy =
                [suggestion ? hintId : '', reason ? reasonId : ''].filter(Boolean).join(' ') ||
                undefined
              return (
                <tr key={column}>
                  <th scope="row">{header}</th>
                  <td className="import-table__examples">
                    {examplesOf(sheet, column) || colourExamples(sheet, column, t)}
                  </td>
                  <td>
                    <TargetSelect
                      column={header}
                      value={mapping[column] ?? null}
                      preconditions={preconditions}
                      describedBy={describedBy}
                      onChange={(target) => set(column, target)}
                    />
                    {suggestion && (
                      <p id={hintId} className="import-suggestion">
                        {m.suggestion(label(suggestion))}{' '}
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={m.takeSuggestionFor(header, label(suggestion))}
                          onClick={() => set(column, suggestion)}
                        >
                          {m.takeSuggestion}
                        </button>
                      </p>
                    )}
                    {reason && (
                      <p id={reasonId} className="import-reason">
                        {reason}
                      </p>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableBox>
      {proposal.legend && <p className="notice-inline">{t.importColours.legendUsed}</p>}
      <ColourQuestions unknown={asked} answers={answers} onAnswer={props.onAnswer} />
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={check}>
          {m.check}
        </button>
        <button type="button" className="button" onClick={props.onOtherFile}>
          {m.otherFile}
        </button>
      </div>
    </div>
  )
}
