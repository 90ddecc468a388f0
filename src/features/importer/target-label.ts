import {
  detailTargetParts,
  isDetailTarget,
  isStatusTarget,
  statusTargetId,
} from '../../domain/import/auto-map'
import { formatDutchDate, isIsoDate } from '../../domain/dates'
import type { ImportProblem, ImportTarget } from '../../domain/import/types'
import type { PreconditionDef } from '../../domain/types'
import { YOUTH_FIELDS, type YouthField } from '../../domain/youth-input'
import { preconditionName, type Dictionary } from '../../i18n'

/** The youth fields a sheet can fill, in the order of the youth form. */
export const YOUTH_TARGETS: readonly YouthField[] = YOUTH_FIELDS

/** Needed for a new youth; the sheet must have a column for them. */
export const REQUIRED_TARGETS: readonly YouthField[] = [
  'clientRef',
  'birthDate',
  'municipalityCode',
  'livingArrangement',
  'placementDate',
]

export function targetLabel(
  t: Dictionary,
  target: ImportTarget,
  preconditions: readonly Pick<PreconditionDef, 'id' | 'name'>[],
): string {
  const nameOf = (id: string) =>
    preconditionName(t, preconditions.find((x) => x.id === id) ?? { id, name: null })
  if (isStatusTarget(target)) return t.importer.statusOf(nameOf(statusTargetId(target)))
  if (isDetailTarget(target)) {
    const { kind, preconditionId } = detailTargetParts(target)
    const name = nameOf(preconditionId)
    return kind === 'note' ? t.importer.noteOf(name) : t.importer.actionOf(name)
  }
  const y = t.forms.youth
  const labels: Record<YouthField, string> = {
    clientRef: y.clientRef,
    displayName: y.displayName,
    birthDate: y.birthDate,
    municipalityCode: y.municipality,
    jeugdregio: y.jeugdregio,
    location: y.location,
    livingArrangement: y.livingArrangement,
    placementDate: y.placementDate,
    expectedOutflowDate: y.expectedOutflowDate,
    perspective: y.perspective,
    measure: y.measure,
    guardianOrg: y.guardianOrg,
    caseOwner: y.caseOwner,
    note: t.importer.youthNote,
  }
  return labels[target]
}

/** A value from the sheet as the user writes it: a date read from a cell as dd-mm-jjjj. */
const shown = (value: string) => (isIsoDate(value) ? formatDutchDate(value) : value)

/** Why a row cannot be imported, in words that name the value from the sheet. */
export function problemText(t: Dictionary, problem: ImportProblem): string {
  const r = t.importer.reasons
  const value = shown(problem.value)
  switch (problem.code) {
    case 'required':
      return r.required
    case 'invalidDate':
      return r.invalidDate(value)
    case 'dateInFuture':
      return r.dateInFuture(value)
    case 'tooLong':
      return r.tooLong(value)
    case 'unknownMunicipality':
      return r.unknownMunicipality(value)
    case 'unknownStatus':
      return r.unknownStatus(value)
    case 'unknownOption':
    case 'unknownValue':
      return r.unknownOption(value)
    default:
      return t.validation[problem.code]
  }
}
