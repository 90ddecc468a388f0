import type { Figure, MunicipalOverview } from '../../../domain/municipal'
import { nbReasonText } from '../../../tables/municipal/municipal-labels'
import { useT } from '../../../i18n'

interface Tile {
  label: string
  value: string
  note?: string
  /** A figure that is n.b.: its value says so and the note says why. */
  nb?: boolean
}

function TileList({ tiles, label }: { tiles: readonly Tile[]; label: string }) {
  return (
    <dl className="municipal-tiles" aria-label={label}>
      {tiles.map((tile) => (
        <div key={tile.label} className={`municipal-tile${tile.nb ? ' municipal-tile--nb' : ''}`}>
          <dt className="municipal-tile__label">{tile.label}</dt>
          <dd className="municipal-tile__value">{tile.value}</dd>
          {tile.note && <dd className="municipal-tile__note">{tile.note}</dd>}
        </div>
      ))}
    </dl>
  )
}

/** The figures a meeting starts with, large enough for the back of the room. */
export function KeyFigureTiles({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const o = t.municipal.overview
  const count = t.report.numbers.count
  const f = overview.figures
  const s = overview.summary
  // One reason under the tiles rather than the same long sentence in every tile.
  const reasons = new Set<string>()
  const fromSummary = <T,>(label: string, figure: Figure<T>, shown: (v: T) => Tile): Tile => {
    if (figure.kind === 'value') return shown(figure.value)
    reasons.add(nbReasonText(figure.reason, t))
    return { label, value: o.nb, note: o.nbSee, nb: true }
  }
  const tiles: Tile[] = [
    {
      label: o.placed,
      value: count(f.placed),
      note: t.municipal.providersLine(overview.providers.length, overview.missing.length),
    },
    {
      label: o.rood,
      value: count(f.totalStatus.rood),
      ...(f.totalStatusShare ? { note: o.share(f.totalStatusShare.rood) } : {}),
    },
    fromSummary(o.inflow, s.inflow, (v) => ({ label: o.inflow, value: count(v) })),
    fromSummary(o.outflow, s.outflow, (v) => ({ label: o.outflow, value: count(v) })),
    {
      label: o.overdueYouths,
      value: count(f.overdue.youths),
      note: o.overdueDays(f.overdue.days),
    },
    {
      label: o.eighteen12,
      value: count(f.eighteenPlus12.notGreen),
      note: o.eighteenOf(f.eighteenPlus12.youths),
    },
    // Within 6 months comes from the summaries; a provider not using the plan counts as not groen.
    fromSummary(o.eighteen6, s.eighteenPlus6, (v) => ({
      label: o.eighteen6,
      value: count(v.youths - v.futurePlan.groen),
      note: o.eighteenOf(v.youths),
    })),
  ]
  return (
    <>
      <TileList tiles={tiles} label={o.keyFigures} />
      {[...reasons].map((reason) => (
        <p key={reason} className="municipal-nb-note">
          <strong>{o.nb}</strong> — {reason}
        </p>
      ))}
    </>
  )
}

/** Dagen verblijf langer dan nodig, and what they cost when a daily tariff is entered. */
export function OverdueTiles({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const o = t.municipal.overview
  const n = t.report.numbers
  const f = overview.figures.overdue
  const money = overview.money
  const tiles: Tile[] = [
    { label: o.overdue, value: n.count(f.days) },
    { label: o.overdueYouths, value: n.count(f.youths) },
  ]
  if (money) {
    tiles.push({
      label: o.cost,
      value: `€ ${n.decimal(money.totalCost, 2)}`,
      note: o.costNote(money.pricedYouths),
    })
  }
  return (
    <>
      <TileList tiles={tiles} label={o.overdue} />
      {money && money.withoutTariff.youths > 0 && (
        <p className="report-lead">
          {o.withoutTariff(money.withoutTariff.youths, money.withoutTariff.days)}
        </p>
      )}
    </>
  )
}
