// The numbering is shared with the screen, so it lives in the domain; writers import it here.
export { TABLE_NUMBERS, type ReportTables, type TableKey } from '../../domain/report/table-numbers'
