import Papa from 'papaparse'
import { formatDutchDate } from '../domain/dates'
import { csvDecimal } from '../domain/report/format'
import { neutraliseCell } from './neutralise'
import type { Cell, ExportTable } from '../tables/table'

const BOM = '\uFEFF'

function csvValue(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return neutraliseCell(cell.value)
    case 'number':
      if (cell.value === null) return ''
      if (cell.percent) return `${csvDecimal(cell.value * 100, cell.decimals ?? 1)}%`
      return `${cell.signed && cell.value > 0 ? '+' : ''}${csvDecimal(cell.value, cell.decimals ?? 0)}`
    case 'date':
      return formatDutchDate(cell.value)
    case 'status':
      return neutraliseCell(cell.label)
  }
}

/**
 * A table in the Dutch Excel dialect: UTF-8 with BOM, `;` between fields, CRLF line ends,
 * RFC 4180 quoting, dates dd-mm-jjjj and a decimal comma without grouping.
 */
export function writeCsv(table: ExportTable): string {
  const body = Papa.unparse(
    { fields: table.headers.map(neutraliseCell), data: table.rows.map((row) => row.map(csvValue)) },
    { delimiter: ';', newline: '\r\n', quoteChar: '"', escapeChar: '"', escapeFormulae: false },
  )
  return `${BOM}${body}\r\n`
}
