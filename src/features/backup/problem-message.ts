import type { BackupProblem } from '../../domain/backup/format'
import type { Dictionary } from '../../i18n'

/** Why a back-up file cannot be restored, in the user's language. */
export function problemMessage(t: Dictionary, problem: BackupProblem): string {
  const p = t.backup.problems
  const table = (name: string) => t.backup.tables[name] ?? name
  switch (problem.code) {
    case 'newerVersion':
      return p.newerVersion(problem.version)
    case 'partDamaged':
      return p.partDamaged(problem.part)
    case 'unknownTable':
      return p.unknownTable(problem.table)
    case 'invalidRecord':
      return p.invalidRecord(table(problem.table), problem.index + 1, problem.field)
    case 'duplicateKey':
      return p.duplicateKey(table(problem.table), problem.key)
    default:
      return p[problem.code]
  }
}
