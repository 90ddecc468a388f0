import { passesBsnElfproef } from '../bsn'
import { addDaysIso, daysBetween, formatDutchDate } from '../dates'
import { scopeWithin } from '../municipal/scope'
import { DESTINATIONS, END_REASONS, type TotalStatus } from '../types'
import { agreementErrors } from './exchange-checks-agreements'
import type { ExchangeFile, ExchangeFileV2, ExchangeMunicipality } from './exchange-schema-v2'

/**
 * The checks between fields that the schema cannot make (docs/exchange-v2-design.md §6). Each
 * message names the field and, for rows, the row number, so a provider can find it.
 */

const TOTALS: readonly TotalStatus[] = ['rood', 'oranje', 'onbekend', 'groen']

/** A cliëntnummer that could be a BSN: refused in every version. */
export function bsnErrors(file: ExchangeFile): string[] {
  const errors: string[] = []
  const check = (list: string, label: string, refs: readonly { clientRef: string }[]) => {
    refs.forEach((row, i) => {
      if (passesBsnElfproef(row.clientRef)) {
        errors.push(
          `Cliëntnummer van ${label} ${i + 1} in de lijst (${list}[${i}].clientRef) lijkt een BSN (9 cijfers die de elfproef doorstaan). Een uitwisselbestand mag geen BSN bevatten.`,
        )
      }
    })
  }
  check('youths', 'jongere', file.youths)
  if ('leavers' in file) check('leavers', 'uitgestroomde jongere', file.leavers)
  return errors
}

const monthNumber = (yearMonth: string) =>
  Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1

function rowErrors(file: ExchangeFileV2, periodDays: number): string[] {
  const errors: string[] = []
  const created = file.createdAt.slice(0, 10)
  const peil = monthNumber(file.period.peildatum)
  let six = 0
  let twelve = 0
  file.youths.forEach((y, i) => {
    const where = (field: string) => `Jongere ${i + 1} (youths[${i}].${field})`
    // The birth month is 18 years before the month of turning 18.
    const months = peil - (monthNumber(y.turns18Month) - 18 * 12)
    const ages = [Math.floor(months / 12), Math.floor((months - 1) / 12)]
    if (!ages.includes(y.age)) {
      errors.push(
        `${where('turns18Month')}: wordt 18 in ${y.turns18Month}, maar is ${y.age} op de peildatum.`,
      )
    }
    const until = monthNumber(y.turns18Month) - peil
    const fits =
      y.eighteenWithinMonths === 6
        ? until >= 0 && until <= 6
        : y.eighteenWithinMonths === 12
          ? until >= 6 && until <= 12
          : until <= 0 || until >= 12
    if (!fits) {
      errors.push(
        `${where('eighteenWithinMonths')}: ${String(y.eighteenWithinMonths)} past niet bij 18 worden in ${y.turns18Month}.`,
      )
    }
    if (y.eighteenWithinMonths === 6) six++
    if (y.eighteenWithinMonths !== null) twelve++
    if (y.ageAtPlacement > y.age) {
      errors.push(`${where('ageAtPlacement')}: ouder bij plaatsing dan op de peildatum.`)
    }
    if (y.daysOverdueInPeriod > periodDays || y.daysOverdueInPeriod > y.daysOverdue) {
      errors.push(
        `${where('daysOverdueInPeriod')}: meer dagen over de uitstroomdatum in de periode dan de periode lang is of dan daysOverdue.`,
      )
    }
    if (y.placementDate > created) {
      errors.push(
        `${where('placementDate')}: ${formatDutchDate(y.placementDate)} ligt na de datum waarop het bestand is gemaakt.`,
      )
    }
  })
  for (const w of file.summary.eighteenPlus) {
    const rows = w.months === 6 ? six : twelve
    if (w.youths !== rows) {
      errors.push(
        `18 binnen ${w.months} maanden: de samenvatting noemt ${w.youths}, de jongerenlijst heeft er ${rows} (summary.eighteenPlus, youths[].eighteenWithinMonths).`,
      )
    }
  }
  const { start, end } = file.period
  file.leavers.forEach((l, i) => {
    const where = (field: string) => `Uitgestroomde jongere ${i + 1} (leavers[${i}].${field})`
    if (l.endDate > created) {
      errors.push(
        `${where('endDate')}: ${formatDutchDate(l.endDate)} ligt na de datum waarop het bestand is gemaakt.`,
      )
    } else if (l.endDate < start || l.endDate > end) {
      errors.push(
        `${where('endDate')} valt niet in de periode ${formatDutchDate(start)} – ${formatDutchDate(end)}.`,
      )
    }
    if (l.endDate < l.placementDate) {
      errors.push(`${where('endDate')} ligt voor de plaatsingsdatum.`)
    }
    if (l.daysOverdueInPeriod > periodDays) {
      errors.push(
        `${where('daysOverdueInPeriod')}: meer dagen over de uitstroomdatum in de periode dan de periode lang is.`,
      )
    }
  })
  return errors
}

type Flows = Pick<
  ExchangeMunicipality,
  'placed' | 'outflow' | 'outflowByDestination' | 'outflowByReason'
>

function emptyFlows(): Flows {
  return {
    placed: 0,
    outflow: 0,
    outflowByDestination: Object.fromEntries(DESTINATIONS.map((d) => [d, 0])) as never,
    outflowByReason: Object.fromEntries(END_REASONS.map((r) => [r, 0])) as never,
  }
}

function municipalityErrors(file: ExchangeFileV2): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  file.municipalities.forEach((m, i) => {
    if (seen.has(m.code)) {
      errors.push(`Gemeente ${m.code} komt twee keer voor (municipalities[${i}].code).`)
    }
    seen.add(m.code)
    if (!scopeWithin({ kind: 'gemeente', code: m.code }, file.scope)) {
      errors.push(
        `Gemeente ${m.code} valt buiten het gebied van het bestand (municipalities[${i}].code).`,
      )
    }
  })
  const fromRows = new Map<string, Flows>()
  const flowsOf = (code: string, list: string, i: number) => {
    let f = fromRows.get(code)
    if (!f) {
      if (!seen.has(code)) {
        errors.push(
          `Gemeente ${code} van ${list}[${i}].municipalityCode ontbreekt in de samenvattingen per gemeente (municipalities).`,
        )
      }
      fromRows.set(code, (f = emptyFlows()))
    }
    return f
  }
  file.youths.forEach((y, i) => flowsOf(y.municipalityCode, 'youths', i).placed++)
  file.leavers.forEach((l, i) => {
    const f = flowsOf(l.municipalityCode, 'leavers', i)
    f.outflow++
    f.outflowByDestination[l.destination]++
    f.outflowByReason[l.endReason]++
  })
  for (const m of file.municipalities) {
    const rows = fromRows.get(m.code) ?? emptyFlows()
    if (m.placed !== rows.placed) {
      errors.push(
        `Voor ${m.code} noemt de samenvatting ${m.placed} geplaatste jongeren, de jongerenlijst heeft er ${rows.placed}.`,
      )
    }
    if (m.outflow !== rows.outflow) {
      errors.push(
        `Voor ${m.code} noemt de samenvatting ${m.outflow} uitstroom, de lijst van uitgestroomde jongeren heeft er ${rows.outflow}.`,
      )
    }
    const differs = (a: Record<string, number>, b: Record<string, number>) =>
      Object.keys(a).some((k) => a[k] !== b[k])
    if (differs(m.outflowByDestination, rows.outflowByDestination)) {
      errors.push(
        `Voor ${m.code} past de uitstroom per bestemming niet bij de uitgestroomde jongeren (outflowByDestination).`,
      )
    }
    if (differs(m.outflowByReason, rows.outflowByReason)) {
      errors.push(
        `Voor ${m.code} past de uitstroom per reden niet bij de uitgestroomde jongeren (outflowByReason).`,
      )
    }
  }
  return errors.concat(sumErrors(file))
}

/** Sums over the gemeenten against the whole file's summary. */
function sumErrors(file: ExchangeFileV2): string[] {
  const errors: string[] = []
  const s = file.summary
  const ms = file.municipalities
  const total = (pick: (m: ExchangeMunicipality) => number) => ms.reduce((n, m) => n + pick(m), 0)
  const compare = (label: string, field: string, sum: number, summary: number) => {
    if (sum !== summary) {
      errors.push(
        `De gemeenten tellen op tot ${sum} ${label}, de samenvatting noemt ${summary} (municipalities[].${field}).`,
      )
    }
  }
  compare(
    'geplaatst',
    'placed',
    total((m) => m.placed),
    s.placed,
  )
  compare(
    'geplaatst op de vorige peildatum',
    'placedPrevious',
    total((m) => m.placedPrevious),
    s.placedPrevious,
  )
  compare(
    'instroom',
    'inflow',
    total((m) => m.inflow),
    s.inflow,
  )
  compare(
    'uitstroom',
    'outflow',
    total((m) => m.outflow),
    s.outflow,
  )
  for (const d of DESTINATIONS) {
    compare(
      `uitstroom naar ${d}`,
      `outflowByDestination.${d}`,
      total((m) => m.outflowByDestination[d]),
      s.outflowByDestination[d],
    )
  }
  for (const r of END_REASONS) {
    compare(
      `uitstroom met reden ${r}`,
      `outflowByReason.${r}`,
      total((m) => m.outflowByReason[r]),
      s.outflowByReason[r],
    )
  }
  for (const t of TOTALS) {
    const previous = s.totalStatus[t].previous
    if (previous === null) continue
    compare(
      `${t} op de vorige peildatum`,
      `totalStatusPrevious.${t}`,
      total((m) => m.totalStatusPrevious[t]),
      previous,
    )
  }
  for (const p of s.perPrecondition) {
    for (const [status, pair] of Object.entries(p.counts)) {
      if (pair.previous === null) continue
      const sum = total(
        (m) =>
          m.perPreconditionPrevious.find((q) => q.preconditionId === p.preconditionId)?.counts[
            status as keyof typeof p.counts
          ] ?? 0,
      )
      compare(
        `${status} op ${p.preconditionId} op de vorige peildatum`,
        'perPreconditionPrevious',
        sum,
        pair.previous,
      )
    }
  }
  return errors
}

/** Everything version 2 adds to version 1's checks. */
export function v2Errors(file: ExchangeFileV2): string[] {
  const { start, end, provisional } = file.period
  const errors: string[] = []
  if (!provisional && end >= file.createdAt.slice(0, 10)) {
    errors.push(
      `De periode eindigt op ${formatDutchDate(end)} maar het bestand is eerder gemaakt en heet toch niet voorlopig (period.provisional).`,
    )
  }
  // A provisional file's period runs until its end: count the days up to that end anyway.
  const periodDays = daysBetween(start, addDaysIso(end, 1))
  return errors.concat(rowErrors(file, periodDays), municipalityErrors(file), agreementErrors(file))
}
