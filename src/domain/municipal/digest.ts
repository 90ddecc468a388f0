import { hasLeavers, type ExchangeYouth } from '../exchange/exchange-schema-v2'
import type { IsoDate, IsoTimestamp, LivingArrangement, TotalStatus } from '../types'
import { totalStatusCounts } from './counts'
import type { FileScope, LoadedFile } from './types'
import { isOverdue } from './youth-rules'

/*
 * A file's digest: what the trend, "rood sinds N rondes" and the selection picker need of an
 * uitwisselbestand, without its rows (issue 21 item 11). Opening the overview reads every
 * stored file's digest and the rows of the chosen ronde and the one before it only. The rows
 * are counted per place (gemeente and the jeugdregio as the provider wrote it), so every
 * selection filters a digest exactly as it filters the rows.
 */

/** Days per verblijfsvorm. */
export type DaysPerArrangement = Partial<Record<LivingArrangement, number>>

/** A place as a row names it; the selection's row filter reads these two fields. */
export interface Place {
  municipalityCode: string
  jeugdregio: string
}

/** The rows of one place, counted. */
export interface RowGroup extends Place {
  placed: number
  totalStatus: Record<TotalStatus, number>
  /** Days past the beoogde uitstroomdatum, of the youths past it. */
  overdueDays: DaysPerArrangement
  /** Days past it within the file's period (version 2 rows). */
  periodDays: DaysPerArrangement
  /** Rows without days in the period (version 1): the period's cost is then not known. */
  withoutPeriod: number
}

/** The youths who left in the period, per place (version 2 files). */
export interface LeaverGroup extends Place {
  periodDays: DaysPerArrangement
}

/** The digest of a set of rows: counted per place, and the cliëntnummers that are rood. */
export interface RowsDigest {
  rows: RowGroup[]
  redRefs: string[]
}

export interface FileDigest extends RowsDigest {
  key: string
  providerKey: string
  providerName: string
  peildatum: IsoDate
  scope: FileScope
  /** The provider's id (version 2 files); null for version 1. */
  providerId: string | null
  /** Null for a version 1 file, which lists no leavers. */
  leavers: LeaverGroup[] | null
}

/** A digest as stored beside its file (table `exchangeDigests`): valid while `loadedAt` matches. */
export interface StoredFileDigest extends FileDigest {
  loadedAt: IsoTimestamp
}

const add = (days: DaysPerArrangement, arrangement: LivingArrangement, n: number) => {
  days[arrangement] = (days[arrangement] ?? 0) + n
}

/** One pass over the rows, in their order; rows are counted as given (no de-duplication). */
export function digestRows(rows: readonly ExchangeYouth[]): RowsDigest {
  const groups = new Map<string, RowGroup>()
  const redRefs: string[] = []
  for (const row of rows) {
    const at = `${row.municipalityCode}\n${row.jeugdregio}`
    let group = groups.get(at)
    if (!group) {
      group = {
        municipalityCode: row.municipalityCode,
        jeugdregio: row.jeugdregio,
        placed: 0,
        totalStatus: totalStatusCounts(),
        overdueDays: {},
        periodDays: {},
        withoutPeriod: 0,
      }
      groups.set(at, group)
    }
    group.placed++
    group.totalStatus[row.totalStatus]++
    if (isOverdue(row)) add(group.overdueDays, row.livingArrangement, row.daysOverdue)
    if ('daysOverdueInPeriod' in row)
      add(group.periodDays, row.livingArrangement, row.daysOverdueInPeriod)
    else group.withoutPeriod++
    if (row.totalStatus === 'rood') redRefs.push(row.clientRef)
  }
  return { rows: [...groups.values()], redRefs }
}

function digestLeavers(file: LoadedFile['file']): LeaverGroup[] | null {
  if (!hasLeavers(file)) return null
  const groups = new Map<string, LeaverGroup>()
  for (const l of file.leavers) {
    const at = `${l.municipalityCode}\n${l.jeugdregio}`
    let group = groups.get(at)
    if (!group) {
      group = { municipalityCode: l.municipalityCode, jeugdregio: l.jeugdregio, periodDays: {} }
      groups.set(at, group)
    }
    add(group.periodDays, l.livingArrangement, l.daysOverdueInPeriod)
  }
  return [...groups.values()]
}

/** The digest of one stored file; worked out when the file is stored (or once, later). */
export function digestFile(stored: LoadedFile): FileDigest {
  const { file } = stored
  const id = (file.provider as { id?: unknown }).id
  return {
    key: stored.key,
    providerKey: stored.providerKey,
    providerName: stored.providerName,
    peildatum: stored.peildatum,
    scope: file.scope,
    providerId: typeof id === 'string' ? id : null,
    leavers: digestLeavers(file),
    ...digestRows(file.youths),
  }
}
