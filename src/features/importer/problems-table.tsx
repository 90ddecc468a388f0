import { useState } from 'react'
import type { ImportProblem } from '../../domain/import/types'
import type { PreconditionDef } from '../../domain/types'
import { useT } from '../../i18n'
import { TableBox } from './table-box'
import { problemText, targetLabel } from './target-label'

const PAGE = 200

/** Every problem with its row number (as in the sheet), column and reason, a page at a time. */
export function ProblemsTable({
  problems,
  preconditions,
}: {
  problems: readonly ImportProblem[]
  preconditions: readonly PreconditionDef[]
}) {
  const t = useT()
  const m = t.importer
  const [shown, setShown] = useState(PAGE)
  if (problems.length === 0) return <p>{m.noProblems}</p>
  return (
    <>
      <p>{m.problemsIntro}</p>
      <TableBox labelledBy="import-problems-caption">
        <table className="import-table">
          <caption id="import-problems-caption" className="visually-hidden">
            {m.problemsTitle(problems.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.problemRow}</th>
              <th scope="col">{m.problemColumn}</th>
              <th scope="col">{m.problemReason}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, shown).map((p, i) => (
              <tr key={`${p.rowNumber}-${p.target}-${i}`}>
                <td className="import-table__number">{p.rowNumber}</td>
                <td>{p.column ?? m.noColumn(targetLabel(t, p.target, preconditions))}</td>
                <td>{problemText(t, p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {problems.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          {m.showMore(Math.min(PAGE, problems.length - shown))}
        </button>
      )}
    </>
  )
}
