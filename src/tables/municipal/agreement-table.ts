import type { RondeAgreement } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { date, text } from '../report/cells'
import type { ExportTable } from '../table'
import { codeLabel } from './municipal-labels'
import { tableTitle } from './table-title'

/** Tabel 19: the afspraken shown in this ronde, open ones (also carried over) first. */
export function agreementTable(agreements: readonly RondeAgreement[], t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  return {
    title: tableTitle('agreements', t),
    headers: [
      c.provider,
      c.madeInRonde,
      c.code,
      c.description,
      c.clientRef,
      c.agreement,
      c.owner,
      c.dueDate,
      c.status,
      c.carriedOver,
      c.closedRonde,
    ],
    rows: agreements.map(({ agreement: a, carriedOver, overdue }) => [
      text(a.providerName),
      date(a.rondeDate),
      text(a.reasonCode ?? ''),
      text(a.reasonCode ? codeLabel(a.reasonCode, t) : ''),
      text(a.clientRefs.join(', ')),
      text(a.text),
      text(a.owner ? t.agreements.owners[a.owner] : ''),
      date(a.dueDate),
      text(overdue ? m.agreementStatus.overdue : m.agreementStatus[a.status]),
      text(carriedOver ? m.yes : m.no),
      date(a.closedRonde),
    ]),
  }
}
