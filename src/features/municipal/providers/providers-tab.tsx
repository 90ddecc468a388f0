import { useEffect, useId, useMemo, useRef, useState } from 'react'
import {
  firstDirection,
  sortProviderRows,
  type MunicipalOverview,
  type ProviderCost,
  type ProviderRow,
  type ProviderSort,
  type ProviderSortKey,
  type StoredExchangeFile,
} from '../../../domain/municipal'
import { formatDutchDate } from '../../../domain/dates'
import type { MunicipalTables } from '../../../tables/municipal/municipal-tables'
import { useT } from '../../../i18n'
import { ProviderReport } from './provider-report'
import { StatusBar } from './status-bar'
import './providers.css'

const COLUMNS: ProviderSortKey[] = [
  'provider',
  'peildatum',
  'placed',
  'totalStatus',
  'change',
  'overdue',
  'topCode',
  'signals',
]

/** Per aanbieder: one sortable row per provider; a row opens the provider's own report. */
export function ProvidersTab({
  overview,
  tables,
  files,
}: {
  overview: MunicipalOverview
  tables: MunicipalTables
  files: readonly StoredExchangeFile[]
}) {
  const [open, setOpen] = useState<string | null>(null)
  /** The provider whose report was closed last: its button gets focus back. */
  const [closed, setClosed] = useState<string | null>(null)
  const stored = useMemo(() => new Map(files.map((f) => [f.key, f])), [files])
  const row = overview.perProvider.find((p) => p.providerKey === open)
  if (row) {
    return (
      <ProviderReport
        row={row}
        stored={stored}
        onBack={() => {
          setClosed(row.providerKey)
          setOpen(null)
        }}
      />
    )
  }
  return (
    <ProviderTable
      overview={overview}
      caption={tables.perProvider.title}
      focusKey={closed}
      onOpen={setOpen}
    />
  )
}

function ProviderTable({
  overview,
  caption,
  focusKey,
  onOpen,
}: {
  overview: MunicipalOverview
  caption: string
  focusKey: string | null
  onOpen: (providerKey: string) => void
}) {
  const t = useT()
  const p = t.municipal.providers
  const captionId = useId()
  const [sort, setSort] = useState<ProviderSort>({ key: 'provider', descending: false })
  const rows = sortProviderRows(overview.perProvider, sort)

  function toggle(key: ProviderSortKey) {
    setSort((s) =>
      s.key === key ? { key, descending: !s.descending } : { key, descending: firstDirection(key) },
    )
  }

  return (
    <div
      className="report-table-box municipal-providers"
      // A table that may scroll sideways must be reachable by keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="table municipal-providers__table">
        <caption id={captionId} className="report-table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => {
              const active = sort.key === key
              const label = p.columns[key]
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="table__sort"
                    title={p.sortBy(label)}
                    onClick={() => toggle(key)}
                  >
                    {label}
                    <span aria-hidden="true" className="table__sort-mark">
                      {active ? (sort.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <ProviderLine
              key={r.providerKey}
              row={r}
              focus={r.providerKey === focusKey}
              onOpen={onOpen}
              cost={overview.money?.perProvider.find((c) => c.providerKey === r.providerKey)}
            />
          ))}
          {overview.missing.map((m) => (
            <tr key={m.providerKey} className="municipal-providers__missing">
              <th scope="row" className="table__cell">
                {m.providerName}
              </th>
              <td className="table__cell">{formatDutchDate(m.lastPeildatum)}</td>
              <td className="table__cell" colSpan={6}>
                <strong>{p.missing}</strong> — {p.missingNote(m.lastPeildatum)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="report-lead">{t.municipal.noProviders}</p>}
    </div>
  )
}

function ProviderLine({
  row,
  focus,
  onOpen,
  cost,
}: {
  row: ProviderRow
  focus: boolean
  onOpen: (key: string) => void
  /** Only when a daily tariff is entered. */
  cost: ProviderCost | undefined
}) {
  const t = useT()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focus) button.current?.focus()
  }, [focus])
  const p = t.municipal.providers
  const count = t.report.numbers.count
  return (
    <tr className="table__row">
      <th scope="row" className="table__cell municipal-providers__name">
        <button
          ref={button}
          type="button"
          className="municipal-providers__open"
          aria-label={p.open(row.providerName)}
          onClick={() => onOpen(row.providerKey)}
        >
          {row.providerName}
        </button>
      </th>
      <td className="table__cell">{formatDutchDate(row.peildatum)}</td>
      <td className="table__cell municipal-providers__number">{count(row.placed)}</td>
      <td className="table__cell">
        <StatusBar counts={row.totalStatus} />
      </td>
      <td className="table__cell">
        <span className="municipal-providers__line">{p.better(row.change.beter)}</span>
        <span className="municipal-providers__line">{p.worse(row.change.slechter)}</span>
      </td>
      <td className="table__cell">
        <span className="municipal-providers__line">{p.overdueYouths(row.overdue.youths)}</span>
        {row.overdue.youths > 0 && (
          <span className="municipal-providers__line">{p.overdueDays(row.overdue.days)}</span>
        )}
        {cost && cost.cost > 0 && (
          <>
            <span className="municipal-providers__line">
              {t.municipalFigures.cost.providerLine(t.municipalFigures.euro(cost.cost))}
            </span>
            <span className="municipal-providers__line">
              {cost.costInPeriod === null
                ? t.municipalFigures.cost.providerInPeriodNb
                : t.municipalFigures.cost.providerInPeriodLine(
                    t.municipalFigures.euro(cost.costInPeriod),
                  )}
            </span>
          </>
        )}
      </td>
      <td className="table__cell">
        {row.topReasonCode
          ? t.municipalExport.topCode(row.topReasonCode.code, row.topReasonCode.youths)
          : p.none}
      </td>
      <td className="table__cell">{row.hasSignals ? p.yes : p.no}</td>
    </tr>
  )
}
