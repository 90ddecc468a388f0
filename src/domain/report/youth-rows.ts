import { compareClientRefs } from '../client-ref-order'
import { ageOn, daysBetween, lengthOfStayDays } from '../dates'
import { regionOfYouth } from '../municipalities'
import { isOpenStatus, statusRank } from '../statuses'
import type {
  Destination,
  IsoDate,
  LivingArrangement,
  Owner,
  Settings,
  Status,
  TotalStatus,
} from '../types'
import { isOverdue } from './key-figures'
import { memoByKey } from './memo'
import { changeOf, type Change } from './stoplight'
import type { StateOnDate } from './youth-state'

/** The next step on an open (rood or oranje) precondition. */
export interface ReportAction {
  preconditionId: string
  status: Status
  action: string
  owner: Owner | null
  dueDate: IsoDate | null
}

/** One line of the Jongerenlijst: pseudonymised, as of the peildatum. */
export interface ReportYouthRow {
  youthId: string
  clientRef: string
  /** Roepnaam/initialen: only exported when the user explicitly asks for it. */
  displayName: string
  municipalityCode: string
  jeugdregio: string
  age: number
  livingArrangement: LivingArrangement
  placementDate: IsoDate
  lengthOfStayDays: number
  expectedOutflowDate: IsoDate | null
  /** Days past the beoogde uitstroomdatum on the peildatum; 0 when not past. */
  daysOverdue: number
  perspective: Destination | null
  statuses: Record<string, Status>
  totalStatus: TotalStatus
  /** Knelpuntcodes on open preconditions, sorted, each once. */
  reasonCodes: string[]
  actions: ReportAction[]
  change: Change
  previousTotalStatus: TotalStatus | null
}

function redCount(row: ReportYouthRow): number {
  let n = 0
  for (const status of Object.values(row.statuses)) if (status === 'rood') n++
  return n
}

/** Red first: by totaalstatus (rood, oranje, onbekend, groen), then most rood, then cliëntnummer. */
export function sortRedFirst(rows: ReportYouthRow[]): ReportYouthRow[] {
  const keyed = rows.map((row) => ({ row, rank: statusRank(row.totalStatus), red: redCount(row) }))
  keyed.sort(
    (a, b) =>
      a.rank - b.rank || b.red - a.red || compareClientRefs(a.row.clientRef, b.row.clientRef),
  )
  return keyed.map((k) => k.row)
}

export function youthRows(
  onEnd: StateOnDate,
  onPrevious: StateOnDate,
  settings: Settings,
): ReportYouthRow[] {
  const date = onEnd.date
  const ageOf = memoByKey((birth) => ageOn(birth, date))
  const stayOf = memoByKey((placed) => lengthOfStayDays(placed, date))
  const daysOver = memoByKey((expected) => daysBetween(expected, date))
  // Youths with the same statuses share one statuses map (stateOnDate), so one record too.
  const records = new Map<ReadonlyMap<string, Status>, Record<string, Status>>()
  const recordOf = (statuses: ReadonlyMap<string, Status>) => {
    let record = records.get(statuses)
    if (!record) records.set(statuses, (record = Object.fromEntries(statuses)))
    return record
  }
  const rows: ReportYouthRow[] = []
  for (const [id, y] of onEnd.youths) {
    const { youth } = y
    const previous = onPrevious.youths.get(id)
    let codes: string[] = []
    const actions: ReportAction[] = []
    for (const [preconditionId, status] of y.statuses) {
      if (!isOpenStatus(status)) continue
      const a = y.assessments?.get(preconditionId)
      if (!a) continue
      if (a.reasonCodes.length > 0)
        codes = codes.length ? codes.concat(a.reasonCodes) : a.reasonCodes
      if (a.action || a.owner || a.dueDate) {
        actions.push({
          preconditionId,
          status,
          action: a.action,
          owner: a.owner,
          dueDate: a.dueDate,
        })
      }
    }
    const expected = youth.expectedOutflowDate
    rows.push({
      youthId: id,
      clientRef: youth.clientRef,
      displayName: youth.displayName,
      municipalityCode: youth.municipalityCode,
      jeugdregio: regionOfYouth(youth),
      age: ageOf(youth.birthDate),
      livingArrangement: youth.livingArrangement,
      placementDate: youth.placementDate,
      lengthOfStayDays: stayOf(youth.placementDate),
      expectedOutflowDate: expected,
      daysOverdue: expected !== null && isOverdue(youth, date, settings) ? daysOver(expected) : 0,
      perspective: youth.perspective,
      statuses: recordOf(y.statuses),
      totalStatus: y.total,
      reasonCodes: codes.length > 1 ? [...new Set(codes)].sort() : [...codes],
      actions,
      change: changeOf(y, previous),
      previousTotalStatus: previous?.total ?? null,
    })
  }
  return sortRedFirst(rows)
}
