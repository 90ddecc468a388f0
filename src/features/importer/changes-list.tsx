import { useState } from 'react'
import { isIsoDate, formatDutchDate } from '../../domain/dates'
import type { PlannedUpdate } from '../../domain/import/plan'
import type { RowChange } from '../../domain/import/types'
import { municipalityName } from '../../domain/municipalities'
import type { PreconditionDef } from '../../domain/types'
import { useT, type Dictionary } from '../../i18n'
import { targetLabel } from './target-label'
import { TableBox } from './table-box'

const PAGE = 50
const TEXT_SHOWN = 60

type FieldChange = Extract<RowChange, { kind: 'field' }>

function valueText(t: Dictionary, change: FieldChange, value: FieldChange['from']) {
  if (value === null || value === undefined || value === '') return t.importer.emptyValue
  const text = value
  switch (change.field) {
    case 'municipalityCode':
      return municipalityName(text)
    case 'livingArrangement':
      return t.livingArrangements[text as keyof Dictionary['livingArrangements']] ?? text
    case 'perspective':
      return t.destinations[text as keyof Dictionary['destinations']] ?? text
    case 'measure':
      return t.measures[text as keyof Dictionary['measures']] ?? text
    default:
      if (isIsoDate(text)) return formatDutchDate(text)
      return text.length > TEXT_SHOWN ? `${text.slice(0, TEXT_SHOWN)}…` : text
  }
}

function changeText(
  t: Dictionary,
  change: RowChange,
  preconditions: readonly PreconditionDef[],
): string {
  const m = t.importer
  const text = (value: string) =>
    value === ''
      ? m.emptyValue
      : value.length > TEXT_SHOWN
        ? `${value.slice(0, TEXT_SHOWN)}…`
        : value
  switch (change.kind) {
    case 'field':
      return m.changeLine(
        targetLabel(t, change.field, preconditions),
        valueText(t, change, change.from),
        valueText(t, change, change.to),
      )
    case 'status':
      return m.changeLine(
        targetLabel(t, `status:${change.preconditionId}`, preconditions),
        change.from ? t.statuses[change.from] : m.emptyValue,
        t.statuses[change.to],
      )
    case 'detail':
      return m.changeLine(
        targetLabel(t, `${change.detail}:${change.preconditionId}`, preconditions),
        text(change.from),
        text(change.to),
      )
  }
}

/** Per youth on the board: what the import will change, before anything is saved. */
export function ChangesList({
  updates,
  preconditions,
}: {
  updates: readonly PlannedUpdate[]
  preconditions: readonly PreconditionDef[]
}) {
  const t = useT()
  const m = t.importer
  const [shown, setShown] = useState(PAGE)
  if (updates.length === 0) return null
  return (
    <div className="import-changes">
      <h3 id="import-changes">{m.changesTitle(updates.length)}</h3>
      <p>{m.changesIntro}</p>
      <TableBox labelledBy="import-changes">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{m.problemRow}</th>
              <th scope="col">{m.changesYouth}</th>
              <th scope="col">{m.changesWhat}</th>
            </tr>
          </thead>
          <tbody>
            {updates.slice(0, shown).map((u) => (
              <tr key={u.rowNumber}>
                <td className="import-table__number">{u.rowNumber}</td>
                <th scope="row">{u.values.clientRef}</th>
                <td>
                  <ul className="import-changes__list">
                    {u.diff.map((change, i) => (
                      <li key={i}>{changeText(t, change, preconditions)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {updates.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          {m.showMoreChanges(Math.min(PAGE, updates.length - shown))}
        </button>
      )}
    </div>
  )
}
