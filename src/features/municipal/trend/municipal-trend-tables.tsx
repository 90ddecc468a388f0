import { formatDutchDate } from '../../../domain/dates'
import type { Trend, TrendChange } from '../../../domain/municipal'
import { TOTAL_STATUS_ORDER } from '../../../domain/statuses'
import type { IsoDate } from '../../../domain/types'
import { useT } from '../../../i18n'

function RondeHeader({ date, provisional }: { date: IsoDate; provisional: boolean }) {
  const t = useT()
  return (
    <>
      {formatDutchDate(date)}
      {provisional && (
        <span className="municipal-trend__note"> {t.municipalLists.trend.provisional}</span>
      )}
    </>
  )
}

/** "n.b." with its meaning for screen readers: a ronde without a file is never 0. */
function NoFile() {
  const tr = useT().municipalLists.trend
  return (
    <span className="municipal-trend__nb">
      <span aria-hidden="true">{tr.noFile}</span>
      <span className="visually-hidden">{tr.noFileLong}</span>
    </span>
  )
}

interface TrendTableProps {
  trend: Trend
  /** The ronde after today, if any: providers may still deliver. */
  provisional: IsoDate | null
}

/** The chart's numbers: totaalstatus counts per ronde, newest first. */
export function CombinedTrendTable({ trend, provisional }: TrendTableProps) {
  const t = useT()
  const tr = t.municipalLists.trend
  const f = t.municipalFigures.trend
  // Money columns only when a daily tariff is entered (as on the Overzicht).
  const costs = trend.combined.some((p) => p.costs !== null)
  return (
    <div
      className="table-scroll"
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={tr.combinedCaption}
    >
      <table className="data-table municipal-trend__table">
        <caption className="visually-hidden">{tr.combinedCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.ronde}</th>
            {TOTAL_STATUS_ORDER.map((s) => (
              <th key={s} scope="col">
                {t.statuses[s]}
              </th>
            ))}
            <th scope="col">{tr.placed}</th>
            <th scope="col">{f.changeRood}</th>
            <th scope="col">{f.changePlaced}</th>
            <th scope="col">{tr.providers}</th>
            <th scope="col">{tr.missing}</th>
            <th scope="col">{f.differ}</th>
            {costs && <th scope="col">{t.municipalFigures.cost.inPeriod}</th>}
            {costs && <th scope="col">{t.municipalFigures.cost.since}</th>}
          </tr>
        </thead>
        <tbody>
          {[...trend.combined].reverse().map((p) => {
            const noFiles = p.providers === 0
            return (
              <tr key={p.rondeDate}>
                <th scope="row">
                  <RondeHeader date={p.rondeDate} provisional={p.rondeDate === provisional} />
                </th>
                {TOTAL_STATUS_ORDER.map((s) => (
                  <td key={s}>{noFiles ? <NoFile /> : t.common.count(p.totalStatus[s])}</td>
                ))}
                <td>{noFiles ? <NoFile /> : t.common.count(p.placed)}</td>
                <td>
                  {p.sincePrevious && t.municipalFigures.signed(p.sincePrevious.totalStatus.rood)}
                </td>
                <td>{p.sincePrevious && t.municipalFigures.signed(p.sincePrevious.placed)}</td>
                <td>{t.common.count(p.providers)}</td>
                <td>{t.common.count(p.missing)}</td>
                <td>{p.sincePrevious && <ProvidersDiffer change={p.sincePrevious} />}</td>
                {costs && (
                  <td>
                    {p.costs && p.costs.costInPeriod !== null ? (
                      t.municipalFigures.euro(p.costs.costInPeriod)
                    ) : noFiles ? (
                      <NoFile />
                    ) : (
                      t.municipalExport.nb
                    )}
                  </td>
                )}
                {costs && (
                  <td>{noFiles ? <NoFile /> : p.costs && t.municipalFigures.euro(p.costs.cost)}</td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Per provider and ronde: rood of placed; n.b. where the provider had no file. */
export function ProviderTrendTable({ trend, provisional }: TrendTableProps) {
  const t = useT()
  const tr = t.municipalLists.trend
  return (
    <div className="table-scroll">
      <table className="data-table municipal-trend__table municipal-trend__table--providers">
        <caption className="visually-hidden">{tr.perProviderCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.provider}</th>
            {trend.rondes.map((date) => (
              <th key={date} scope="col">
                <RondeHeader date={date} provisional={date === provisional} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.perProvider.map((line) => (
            <tr key={line.providerKey}>
              <th scope="row">{line.providerName}</th>
              {line.points.map((point, i) => (
                <td key={trend.rondes[i] ?? i}>
                  {point ? (
                    <RedOfPlaced rood={point.totalStatus.rood} placed={point.placed} />
                  ) : (
                    <NoFile />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tr.combinedTitle}</th>
            {trend.combined.map((p) => (
              <td key={p.rondeDate}>
                {p.providers === 0 ? (
                  <NoFile />
                ) : (
                  <RedOfPlaced rood={p.totalStatus.rood} placed={p.placed} />
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

function RedOfPlaced({ rood, placed }: { rood: number; placed: number }) {
  const tr = useT().municipalLists.trend
  return (
    <>
      <span aria-hidden="true">{tr.redOfPlaced(rood, placed)}</span>
      <span className="visually-hidden">{tr.redOfPlacedLong(rood, placed)}</span>
    </>
  )
}

/** Which providers a ronde has that the ronde before had not, and the other way round. */
function ProvidersDiffer({ change }: { change: TrendChange }) {
  const f = useT().municipalFigures.trend
  const names = (list: TrendChange['onlyNow']) => list.map((p) => p.providerName).join(', ')
  const parts = [
    ...(change.onlyNow.length > 0 ? [f.joined(names(change.onlyNow))] : []),
    ...(change.onlyBefore.length > 0 ? [f.left(names(change.onlyBefore))] : []),
  ]
  return <>{parts.length > 0 ? parts.join('; ') : f.same}</>
}
