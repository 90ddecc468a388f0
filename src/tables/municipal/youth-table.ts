import { formatDutchDate } from '../../domain/dates'
import type { ExchangeYouth } from '../../domain/exchange/exchange-schema-v2'
import { municipalityName } from '../../domain/municipalities'
import { daysOverdueOf, type MunicipalOverview } from '../../domain/municipal'
import { BUILTIN_PRECONDITION_IDS } from '../../domain/preconditions'
import type { Status } from '../../domain/types'
import type { Dictionary } from '../../i18n'
import { date, num, status, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { tableTitle } from './table-title'

/** Per provider, the names its files give to randvoorwaarde ids. */
function preconditionNames(overview: MunicipalOverview) {
  const names = new Map<string, Map<string, string>>()
  for (const { provider, files } of overview.providers) {
    const own = new Map<string, string>()
    for (const f of files)
      for (const p of f.file.preconditions) if (!own.has(p.id)) own.set(p.id, p.name)
    names.set(provider.providerKey, own)
  }
  return names
}

/** The standard randvoorwaarden that any row uses, in their fixed order. */
function standardIds(overview: MunicipalOverview): string[] {
  const used = new Set<string>()
  for (const { row } of overview.youths) for (const id in row.statuses) used.add(id)
  return BUILTIN_PRECONDITION_IDS.filter((id) => used.has(id))
}

/**
 * Tabel 17, the Jongeren sheet and CSV: every row of the ronde in the selection, red first,
 * pseudonymous (provider + cliëntnummer), with "rood sinds N rondes". Standard randvoorwaarden
 * get a column each; a provider's own ones are listed in one column with their name.
 */
export function municipalYouthTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const ids = standardIds(overview)
  const standard = new Set(ids)
  const names = preconditionNames(overview)
  const statusCell = (st: Status | undefined): Cell =>
    st === undefined ? text('') : status(st, t.statuses[st])
  const preconditionName = (providerKey: string, id: string) =>
    (standard.has(id) ? t.preconditions[id] : undefined) ??
    names.get(providerKey)?.get(id) ??
    t.preconditions[id] ??
    id
  const actionText = (providerKey: string, row: ExchangeYouth) =>
    row.actions
      .map((a) => {
        const details = [a.owner ? t.owners[a.owner] : '', formatDutchDate(a.dueDate)]
          .filter(Boolean)
          .join(', ')
        return m.actionLine(preconditionName(providerKey, a.preconditionId), a.action, details)
      })
      .join('\n')
  return {
    title: tableTitle('youths', t),
    columnKeys: [
      'provider',
      'peildatum',
      'clientRef',
      'totalStatus',
      'redSince',
      'municipality',
      'jeugdregio',
      'age',
      'livingArrangement',
      'placementDate',
      'stayDays',
      'expectedOutflowDate',
      'daysOverdue',
      'perspective',
      ...ids.map(() => 'status'),
      'ownPreconditions',
      'reasonCodes',
      'actions',
      'owners',
      'firstDueDate',
      'sinceLast',
    ],
    headers: [
      c.provider,
      c.peildatum,
      c.clientRef,
      c.totalStatus,
      c.redSince,
      c.municipality,
      c.jeugdregio,
      c.age,
      c.livingArrangement,
      c.placementDate,
      c.stayDays,
      c.expectedOutflowDate,
      c.daysOverdue,
      c.perspective,
      ...ids.map((id) => t.preconditions[id] ?? id),
      c.ownPreconditions,
      c.reasonCodes,
      c.actions,
      c.owners,
      c.firstDueDate,
      c.sinceLast,
    ],
    rows: overview.youths.map(({ providerKey, providerName, peildatum, row, redSinceRondes }) => {
      const own: string[] = []
      for (const id in row.statuses) {
        if (standard.has(id)) continue
        const st = row.statuses[id] as Status
        own.push(m.ownStatus(preconditionName(providerKey, id), t.statuses[st]))
      }
      const owners = [...new Set(row.actions.flatMap((a) => (a.owner ? [t.owners[a.owner]] : [])))]
      const dues = row.actions.flatMap((a) => (a.dueDate ? [a.dueDate] : [])).sort()
      return [
        text(providerName),
        date(peildatum),
        text(row.clientRef),
        status(row.totalStatus, t.statuses[row.totalStatus]),
        num(redSinceRondes > 0 ? redSinceRondes : null),
        text(municipalityName(row.municipalityCode)),
        text(row.jeugdregio),
        num(row.age),
        text(t.livingArrangements[row.livingArrangement]),
        date(row.placementDate),
        num(row.lengthOfStayDays),
        date(row.expectedOutflowDate),
        num(daysOverdueOf(row)),
        text(row.perspective ? t.destinations[row.perspective] : ''),
        ...ids.map((id) => statusCell(row.statuses[id])),
        text(own.join('\n')),
        text(row.reasonCodes.join(', ')),
        text(actionText(providerKey, row)),
        text(owners.join(', ')),
        date(dues[0] ?? null),
        text(m.changes[row.change]),
      ]
    }),
  }
}
