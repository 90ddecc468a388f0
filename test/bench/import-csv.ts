import Papa from 'papaparse'
import { formatDutchDate } from '../../src/domain/dates'
import { municipalityName } from '../../src/domain/municipalities'
import { benchDataset } from './seed'

const STATUS_COLUMNS = [
  ['wonen', 'Wonen'],
  ['school', 'School & dagbesteding'],
  ['toekomstplan', 'Toekomstplan 18+'],
] as const

/** The provider's own spreadsheet as most keep it today: one row per youth, Dutch headers. */
export function benchCsv(size: number): string {
  const { data } = benchDataset(size)
  const status = new Map(
    data.assessments.map((a) => [`${a.youthId}|${a.preconditionId}`, a.status]),
  )
  const rows = data.youths.map((y) => [
    y.clientRef,
    formatDutchDate(y.birthDate),
    municipalityName(y.municipalityCode),
    y.location,
    'Gezinshuis',
    formatDutchDate(y.placementDate),
    y.expectedOutflowDate ? formatDutchDate(y.expectedOutflowDate) : '',
    ...STATUS_COLUMNS.map(([id]) => status.get(`${y.id}|${id}`) ?? ''),
  ])
  const header = [
    'Cliëntnummer',
    'Geb. datum',
    'Gemeente',
    'Locatie',
    'Verblijfsvorm',
    'Plaatsingsdatum',
    'Beoogde uitstroomdatum',
    ...STATUS_COLUMNS.map(([, name]) => name),
  ]
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: ';', newline: '\r\n' })}`
}
