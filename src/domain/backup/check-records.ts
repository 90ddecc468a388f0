import { recordKey, type BackupData, type BackupProblem, type TableInfo } from './format'
import { recordProblem } from './record-schemas'

/**
 * Checks records table by table, batch by batch: shape (zod), unique primary keys and unique
 * cliëntnummers. Keeps only the keys seen, so a streamed file can be checked as it is read.
 */
export class RecordChecker {
  private readonly known: Map<string, TableInfo>
  private readonly seen = new Map<string, { count: number; keys: Set<string>; refs: Set<string> }>()

  constructor(tables: readonly TableInfo[]) {
    this.known = new Map(tables.map((t) => [t.name, t]))
  }

  /** The first problem in these records (which follow the ones checked before), or null. */
  check(name: string, records: readonly unknown[]): BackupProblem | null {
    const table = this.known.get(name)
    if (!table) return { code: 'unknownTable', table: name }
    let state = this.seen.get(name)
    if (!state) {
      state = { count: 0, keys: new Set(), refs: new Set() }
      this.seen.set(name, state)
    }
    for (const record of records) {
      const index = state.count++
      const field = recordProblem(name, record)
      if (field !== null) return { code: 'invalidRecord', table: name, index, field }
      if (
        table.autoIncrement &&
        (record as Record<string, unknown>)[String(table.keyPath)] === undefined
      )
        continue
      const key = recordKey(record, table.keyPath)
      if (state.keys.has(key)) return { code: 'duplicateKey', table: name, key }
      state.keys.add(key)
      if (name === 'youths') {
        const ref = (record as { clientRef: string }).clientRef
        if (state.refs.has(ref)) return { code: 'duplicateKey', table: name, key: ref }
        state.refs.add(ref)
      }
    }
    return null
  }
}

/** Checks every table and record of a whole back-up; the first problem found, or null. */
export function checkRecords(data: BackupData, tables: readonly TableInfo[]): BackupProblem | null {
  const checker = new RecordChecker(tables)
  for (const [name, records] of Object.entries(data)) {
    const problem = checker.check(name, records)
    if (problem) return problem
  }
  return null
}
