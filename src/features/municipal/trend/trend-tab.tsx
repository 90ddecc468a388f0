import { useId } from 'react'
import { StatusTrendLegend } from '../../../components/status-trend-chart'
import type { MunicipalOverview } from '../../../domain/municipal'
import { useT } from '../../../i18n'
import { MunicipalTrendChart } from './municipal-trend-chart'
import { CombinedTrendTable, ProviderTrendTable } from './municipal-trend-tables'
import './municipal-trend.css'

/** Trend: the last 12 rondes up to the selected one, combined (chart and table) and per provider. */
export function TrendTab({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const tr = t.municipalLists.trend
  const { trend, ronde } = overview
  const headingId = useId()
  // No file in any of the rondes: nothing to draw (n.b. everywhere is no trend).
  if (trend.combined.every((p) => p.providers === 0)) {
    return (
      <div className="empty-state">
        <p>{tr.empty}</p>
      </div>
    )
  }
  const provisional = ronde?.provisional ? ronde.date : null
  return (
    <div className="municipal-trend">
      <p className="page__intro municipal-trend__intro">{tr.intro(trend.rondes.length)}</p>
      <section className="municipal-trend__section" aria-labelledby={`${headingId}-combined`}>
        <h2 id={`${headingId}-combined`} className="report-section__title">
          {tr.combinedTitle}
        </h2>
        <figure className="municipal-trend__figure">
          <MunicipalTrendChart points={trend.combined} />
          <figcaption>
            <StatusTrendLegend label={tr.legendTitle} />
          </figcaption>
        </figure>
        <p className="municipal-trend__basis">{t.municipalFigures.trend.basis}</p>
        <CombinedTrendTable trend={trend} provisional={provisional} />
      </section>
      <section className="municipal-trend__section" aria-labelledby={`${headingId}-providers`}>
        <h2 id={`${headingId}-providers`} className="report-section__title">
          {tr.perProviderTitle}
        </h2>
        <p>{tr.perProviderIntro}</p>
        <ProviderTrendTable trend={trend} provisional={provisional} />
      </section>
    </div>
  )
}
