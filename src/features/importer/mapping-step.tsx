import { useState } from 'react'
import { doublyMappedTargets } from '../../domain/import/auto-map'
import { cellText } from '../../domain/import/cell-values'
import type { ColumnMapping, ImportTarget } from '../../domain/import/types'
import type { PreconditionDef } from '../../domain/types'
import { useT } from '../../i18n'
import type { LoadedSheet } from './read-import-file'
import { REQUIRED_TARGETS, targetLabel, YOUTH_TARGETS } from './target-label'

interface MappingStepProps {
  sheet: LoadedSheet
  mapping: ColumnMapping
  preconditions: readonly PreconditionDef[]
  /** A failure of the last check, shown with the mapping problems. */
  error: string | null
  onChange: (mapping: ColumnMapping) => void
  onCheck: () => void
  onOtherFile: () => void
}

const EXAMPLES = 3

/** Shows a few values of a column, so the user recognises what it holds. */
function examplesOf(sheet: LoadedSheet, column: number): string {
  const values: string[] = []
  for (const row of sheet.table.rows) {
    const text = cellText(row.cells[column])
    if (text && !values.includes(text)) values.push(text)
    if (values.length === EXAMPLES) break
  }
  return values.join(' · ')
}

export function MappingStep(props: MappingStepProps) {
  const { sheet, mapping, preconditions, error, onChange, onCheck, onOtherFile } = props
  const t = useT()
  const m = t.importer
  const [problems, setErrors] = useState<string[]>([])
  const errors = error ? [error, ...problems] : problems
  const label = (target: ImportTarget) => targetLabel(t, target, preconditions)
  const missing = REQUIRED_TARGETS.filter((f) => f !== 'clientRef' && !mapping.includes(f))

  function check() {
    const problems = doublyMappedTargets(mapping).map((target) => m.doubleMapped(label(target)))
    if (!mapping.includes('clientRef')) problems.unshift(m.clientRefMissing)
    setErrors(problems)
    if (problems.length === 0) onCheck()
  }

  return (
    <div className="import-step">
      <p className="import-facts">
        {m.sheetFacts(sheet.name, sheet.table.rows.length)}{' '}
        {sheet.csv &&
          m.csvFacts(m.separators[sheet.csv.separator], m.encodings[sheet.csv.encoding])}
      </p>
      <p>{m.mappingIntro}</p>
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
      <div className="import-table-wrap">
        <table className="import-table">
          <caption className="visually-hidden">{m.mappingTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.column}</th>
              <th scope="col">{m.examples}</th>
              <th scope="col">{m.target}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.table.headers.map((header, column) => (
              <tr key={column}>
                <th scope="row">{header}</th>
                <td className="import-table__examples">{examplesOf(sheet, column)}</td>
                <td>
                  <select
                    className="select"
                    aria-label={m.targetFor(header)}
                    value={mapping[column] ?? ''}
                    onChange={(event) => {
                      const next = [...mapping]
                      next[column] = (event.target.value || null) as ImportTarget | null
                      onChange(next)
                    }}
                  >
                    <option value="">{m.notImported}</option>
                    <optgroup label={m.groupYouth}>
                      {YOUTH_TARGETS.map((target) => (
                        <option key={target} value={target}>
                          {label(target)}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={m.groupStatuses}>
                      {preconditions
                        .filter((p) => p.enabled)
                        .map((p) => (
                          <option key={p.id} value={`status:${p.id}`}>
                            {label(`status:${p.id}`)}
                          </option>
                        ))}
                    </optgroup>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={check}>
          {m.check}
        </button>
        <button type="button" className="button" onClick={onOtherFile}>
          {m.otherFile}
        </button>
      </div>
    </div>
  )
}
