import { Field } from '../../components/field'
import { headerRowChoices, rowTitles } from '../../domain/import/locate-table'
import { isBlank } from '../../domain/import/source-table'
import { useT } from '../../i18n'
import type { LoadedSheet } from './read-import-file'

interface TableChoiceProps {
  sheet: LoadedSheet
  onSheet: (index: number) => void
  onHeaderRow: (index: number) => void
}

const TITLES_SHOWN = 6

function filledRows(grid: LoadedSheet['sheets'][number]['grid']): number {
  return grid.filter((row) => row.some((cell) => !isBlank(cell))).length
}

/** Which sheet, and which row holds the column titles: found for the user, but the user's call. */
export function TableChoice({ sheet, onSheet, onHeaderRow }: TableChoiceProps) {
  const m = useT().importer
  const grid = sheet.sheets[sheet.sheetIndex]?.grid ?? []
  const choices = headerRowChoices(grid)
  const label = (index: number) => {
    const titles = rowTitles(grid[index] ?? [])
    const shown = titles.slice(0, TITLES_SHOWN).join(' · ')
    return m.headerRowOption(index + 1, titles.length > TITLES_SHOWN ? `${shown} …` : shown)
  }
  return (
    <div className="import-table-choice">
      {sheet.sheets.length > 1 && (
        <Field label={m.sheet}>
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={sheet.sheetIndex}
              onChange={(event) => onSheet(Number(event.target.value))}
            >
              {sheet.sheets.map((s, i) => (
                <option key={`${i}-${s.name}`} value={i}>
                  {m.sheetOption(s.name, filledRows(s.grid))}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {choices.length > 0 && (
        <Field label={m.headerRow} hint={m.headerRowHint(sheet.headerIndex + 1)}>
          {({ id, describedBy }) => (
            <select
              id={id}
              className="select import-table-choice__rows"
              aria-describedby={describedBy}
              value={sheet.headerIndex}
              onChange={(event) => onHeaderRow(Number(event.target.value))}
            >
              {choices.map((index) => (
                <option key={index} value={index}>
                  {label(index)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  )
}
