import type { MunicipalOverview } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { date, num, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { nb } from './municipal-cells'
import { scopesText } from './municipal-labels'
import { tableTitle } from './table-title'

/**
 * Tabel 15: one line per provider of the ronde with its own peildatum, then the providers
 * that are *ontbreekt* — their figures n.b. with the reason, never 0.
 */
export function perProviderTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const delivered = overview.perProvider.map((p): Cell[] => [
    text(p.providerName),
    text(m.delivery.delivered),
    date(p.peildatum),
    text(scopesText(p.scopes, t)),
    num(p.placed),
    num(p.totalStatus.rood),
    num(p.totalStatus.oranje),
    num(p.totalStatus.onbekend),
    num(p.totalStatus.groen),
    num(p.change.beter),
    num(p.change.slechter),
    num(p.overdue.youths),
    num(p.overdue.days),
    text(p.topReasonCode ? m.topCode(p.topReasonCode.code, p.topReasonCode.youths) : ''),
    text(p.hasSignals ? m.yes : m.no),
    text(''),
  ])
  const missing = overview.missing.map((p): Cell[] => [
    text(p.providerName),
    text(m.delivery.missing),
    date(p.lastPeildatum),
    text(scopesText(p.lastScopes, t)),
    ...Array.from({ length: 9 }, () => nb(t)),
    text(''),
    text(''),
    text(m.nbReason.missing(p.lastPeildatum)),
  ])
  return {
    title: tableTitle('perProvider', t),
    columnKeys: [
      'provider',
      'delivery',
      'peildatum',
      'area',
      'placed',
      'rood',
      'oranje',
      'onbekend',
      'groen',
      'better',
      'worse',
      'overdueYouths',
      'overdueDays',
      'topCode',
      'hasSignals',
      'note',
    ],
    headers: [
      c.provider,
      c.delivery,
      c.peildatum,
      c.area,
      c.placed,
      c.rood,
      c.oranje,
      c.onbekend,
      c.groen,
      c.better,
      c.worse,
      c.overdueYouths,
      c.overdueDays,
      c.topCode,
      c.hasSignals,
      c.note,
    ],
    rows: [...delivered, ...missing],
  }
}

/** Tabel 18: every provider's signalen of the ronde, in their own words. */
export function signalsTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const c = t.municipalExport.columns
  return {
    title: tableTitle('signals', t),
    headers: [c.provider, c.peildatum, c.area, c.signals],
    rows: overview.signals.map((s) => [
      text(s.providerName),
      date(s.peildatum),
      text(scopesText(s.scopes, t)),
      text(s.text),
    ]),
  }
}

/** Tabel 14: which provider counts with which peildatum and area, and who is missing. */
export function providersTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  return {
    title: tableTitle('providers', t),
    headers: [c.provider, c.delivery, c.peildatum, c.area, c.placed, c.note],
    rows: [
      ...overview.perProvider.map((p) => [
        text(p.providerName),
        text(m.delivery.delivered),
        date(p.peildatum),
        text(scopesText(p.scopes, t)),
        num(p.placed),
        text(''),
      ]),
      ...overview.missing.map((p) => [
        text(p.providerName),
        text(m.delivery.missing),
        date(p.lastPeildatum),
        text(scopesText(p.lastScopes, t)),
        nb(t),
        text(m.nbReason.missing(p.lastPeildatum)),
      ]),
    ],
  }
}
