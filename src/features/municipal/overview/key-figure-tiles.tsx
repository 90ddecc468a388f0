import type { Figure, MunicipalOverview } from '../../../domain/municipal'
import { nbReasonText } from '../../../tables/municipal/municipal-labels'
import { useT, type Dictionary } from '../../../i18n'
import { ChangeBasis, compared, type Compared } from './change-basis'

export interface Tile {
  label: string
  value: string
  note?: string
  /** A figure that is n.b.: its value says so and the note says why. */
  nb?: boolean
  /** Since the previous ronde, same providers: a number, n.b. (null), or not shown. */
  change?: number | null
  /** Shows the change as money. */
  euro?: boolean
}

function changeText(tile: Tile, t: Dictionary): string | null {
  const f = t.municipalFigures
  if (tile.change === undefined) return null
  if (tile.change === null) return f.tileChangeNb
  const signed = tile.euro ? f.signedEuro(tile.change) : f.signed(tile.change)
  return f.tileChange(signed, f.direction(tile.change))
}

/** Up, down or level as an arrow beside the words: direction is never colour alone. */
const ARROW = (delta: number) => (delta > 0 ? '▲' : delta < 0 ? '▼' : '=')

export function TileList({ tiles, label }: { tiles: readonly Tile[]; label: string }) {
  const t = useT()
  return (
    <dl className="municipal-tiles" aria-label={label}>
      {tiles.map((tile) => {
        const change = changeText(tile, t)
        return (
          <div key={tile.label} className={`municipal-tile${tile.nb ? ' municipal-tile--nb' : ''}`}>
            <dt className="municipal-tile__label">{tile.label}</dt>
            <dd className="municipal-tile__value">{tile.value}</dd>
            {tile.note && <dd className="municipal-tile__note">{tile.note}</dd>}
            {change && (
              <dd className="municipal-tile__change">
                {typeof tile.change === 'number' && (
                  <span aria-hidden="true">{ARROW(tile.change)} </span>
                )}
                {change}
              </dd>
            )}
          </div>
        )
      })}
    </dl>
  )
}

const valueOf = <T,>(figure: Figure<T>): T | null => (figure.kind === 'value' ? figure.value : null)

type FromFigure = <T>(label: string, figure: Figure<T>, shown: (v: T) => Tile) => Tile

/**
 * Money at the top (issue 21 item 4), both figures named: the days past the beoogde
 * uitstroomdatum within this period, and all of them since each date.
 */
function costTiles(overview: MunicipalOverview, t: Dictionary, c: Compared, from: FromFigure) {
  const money = overview.money
  if (!money) return []
  const f = t.municipalFigures
  return [
    from(f.cost.inPeriod, money.inPeriod, (v) => ({
      label: f.cost.inPeriod,
      value: f.euro(v.cost),
      note: f.cost.inPeriodNote(v.days),
      change: c((x) => (x.money ? (valueOf(x.money.inPeriod)?.cost ?? null) : null)),
      euro: true,
    })),
    {
      label: f.cost.since,
      value: f.euro(money.totalCost),
      note: f.cost.sinceNote(money.pricedDays),
      change: c((x) => x.money?.totalCost ?? null),
      euro: true,
    },
  ]
}

/** The figures a meeting starts with, large enough for the back of the room. */
export function KeyFigureTiles({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const o = t.municipal.overview
  const count = t.report.numbers.count
  const f = overview.figures
  const s = overview.summary
  const c: Compared = compared(overview.change)
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
      change: c((x) => x.figures.placed),
    },
    {
      label: o.rood,
      value: count(f.totalStatus.rood),
      ...(f.totalStatusShare ? { note: o.share(f.totalStatusShare.rood) } : {}),
      change: c((x) => x.figures.totalStatus.rood),
    },
    fromSummary(o.inflow, s.inflow, (v) => ({
      label: o.inflow,
      value: count(v),
      change: c((x) => valueOf(x.summary.inflow)),
    })),
    fromSummary(o.outflow, s.outflow, (v) => ({
      label: o.outflow,
      value: count(v),
      change: c((x) => valueOf(x.summary.outflow)),
    })),
    {
      label: o.overdueYouths,
      value: count(f.overdue.youths),
      note: o.overdueDays(f.overdue.days),
      change: c((x) => x.figures.overdue.youths),
    },
    {
      label: o.eighteen12,
      value: count(f.eighteenPlus12.notGreen),
      note: o.eighteenOf(f.eighteenPlus12.youths),
      change: c((x) => x.figures.eighteenPlus12.notGreen),
    },
    // Within 6 months comes from the summaries; a provider not using the plan counts as not groen.
    fromSummary(o.eighteen6, s.eighteenPlus6, (v) => ({
      label: o.eighteen6,
      value: count(v.youths - v.futurePlan.groen),
      note: o.eighteenOf(v.youths),
      change: c((x) => {
        const six = valueOf(x.summary.eighteenPlus6)
        return six && six.youths - six.futurePlan.groen
      }),
    })),
    ...costTiles(overview, t, c, fromSummary),
  ]
  return (
    <>
      <TileList tiles={tiles} label={o.keyFigures} />
      <ChangeBasis change={overview.change} />
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
      label: t.municipalFigures.cost.since,
      value: t.municipalFigures.euro(money.totalCost),
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
