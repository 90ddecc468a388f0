import type { OtherLine } from '../../domain/import/heading-rows'
import { useT } from '../../i18n'
import { TableBox } from './table-box'

/** Lines of the list that are no youth (headings, totals, notes): listed, not problems. */
export function OtherLines({
  lines,
  locationFromHeadings,
}: {
  lines: readonly OtherLine[]
  locationFromHeadings: boolean
}) {
  const m = useT().importer
  if (lines.length === 0) return null
  return (
    <div className="import-changes">
      <h3 id="import-other-lines">{m.otherLinesTitle(lines.length)}</h3>
      <p>{m.otherLinesIntro}</p>
      {locationFromHeadings && <p className="notice-inline">{m.locationFromHeadings}</p>}
      <TableBox labelledBy="import-other-lines">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{m.problemRow}</th>
              <th scope="col">{m.otherLineKind}</th>
              <th scope="col">{m.otherLineText}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.rowNumber}>
                <td className="import-table__number">{line.rowNumber}</td>
                <td>{m.otherLineKinds[line.kind]}</td>
                <td>{line.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </div>
  )
}
