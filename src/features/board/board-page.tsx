import { lazy, Suspense, useMemo, type ReactNode } from 'react'
import { municipalityName } from '../../domain/municipalities'
import { useBoardData } from '../../hooks/use-board-data'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import { BoardFilters } from './board-filters'
import { BoardReadError } from './board-read-error'
import { BoardTable } from './board-table'
import { useBoardView } from './board-view-store'
import { EmptyBoard } from './empty-board'
import { StatusCounts } from './status-counts'
import { useBoardColumns, useBoardRows } from './use-board-rows'
import './board.css'

// Loaded after the board itself, so the first render never waits for the trend.
const TrendPanel = lazy(() => import('./trend-panel').then((m) => ({ default: m.TrendPanel })))

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b, 'nl'))
}

/** `emptyExtra`: what the app shell adds to the empty board's second start (Afspraken laden). */
export function BoardPage({ emptyExtra }: { emptyExtra?: ReactNode } = {}) {
  const t = useT()
  const settings = useSettings()
  const today = useToday()
  const columns = useBoardColumns(settings, today)
  const { list, sorting, progress } = useBoardRows(settings, today, columns)
  const openDialog = useDialogs((s) => s.open)
  const { filters, setFilter, setSorting } = useBoardView()

  // Filter options depend on the youths only, so a status change does not recompute them.
  const { youths, error } = useBoardData()
  const placed = useMemo(() => [...youths.values()].filter((y) => !y.outflow), [youths])
  const municipalities = useMemo(
    () => sortedUnique(placed.map((y) => municipalityName(y.municipalityCode))),
    [placed],
  )
  const locations = useMemo(() => sortedUnique(placed.map((y) => y.location)), [placed])
  // Counts per colour ignore the colour filter itself (see BoardRowIndex).
  const { counts, total } = list
  const shown = list.shown.length
  const loading = progress !== null

  return (
    <div className="page page--board">
      <div className="page__header">
        <div>
          <h1 className="page__title">{t.board.title}</h1>
          <p className="page__intro">{t.board.intro}</p>
        </div>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => openDialog({ kind: 'legend' })}>
            {t.board.legend}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => openDialog({ kind: 'youth', youthId: null })}
          >
            {t.board.addYouth}
          </button>
        </div>
      </div>

      {loading && progress.total > 0 && (
        <div className="progress" role="status">
          <span>{t.board.loadingProgress(progress.loaded, progress.total)}</span>
          <progress max={progress.total} value={progress.loaded} />
        </div>
      )}

      {error && <BoardReadError kind={error} kept={total > 0} />}

      {!loading && total === 0 ? (
        // After a failed read an empty board is not known to be empty.
        !error && <EmptyBoard extra={emptyExtra} />
      ) : (
        <>
          <div className="board-summary">
            <StatusCounts
              counts={counts}
              active={filters.totalStatus}
              onToggle={(status) => setFilter('totalStatus', status)}
            />
            <p className="board-summary__shown" role="status">
              {t.board.countShown(shown, total)}
            </p>
          </div>
          {!loading && settings && (
            <Suspense fallback={null}>
              <TrendPanel settings={settings} />
            </Suspense>
          )}
          <BoardFilters municipalities={municipalities} locations={locations} />
          {shown === 0 && !loading ? (
            <p className="empty-note">{t.board.noMatches}</p>
          ) : (
            <BoardTable
              rows={list.shown}
              columns={columns}
              sorting={sorting}
              onSortingChange={setSorting}
            />
          )}
        </>
      )}
    </div>
  )
}
