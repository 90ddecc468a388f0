import { useMemo, useState } from 'react'
import type { Settings } from '../../domain/types'
import { useBoardData } from '../../hooks/use-board-data'
import { useOpenAgreementIndex } from '../../hooks/use-received-agreements'
import { useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import { boardColumns, type BoardColumn } from './board-columns'
import { BoardRowIndex, type BoardList } from './board-row-index'
import { useBoardView } from './board-view-store'

const NO_ROWS: BoardList = { shown: [], counts: new Map(), total: 0 }

/** The board's columns: the enabled preconditions' statuses among the fixed ones. */
export function useBoardColumns(settings: Settings | undefined, today: string): BoardColumn[] {
  const t = useT()
  const openDialog = useDialogs((s) => s.open)
  const { byClientRef } = useOpenAgreementIndex()
  return useMemo(
    () =>
      boardColumns(t, settings?.preconditions.filter((p) => p.enabled) ?? [], today, {
        onOpenAssessment: (youthId, preconditionId) =>
          openDialog({ kind: 'assessment', youthId, preconditionId }),
        openAgreements: (clientRef) => byClientRef.get(clientRef)?.length ?? 0,
      }),
    [t, settings, today, openDialog, byClientRef],
  )
}

/**
 * The rows the board shows, filtered, sorted and counted, kept live and cheap to update (see
 * BoardRowIndex), and the sort order in use.
 */
export function useBoardRows(
  settings: Settings | undefined,
  today: string,
  columns: readonly BoardColumn[],
) {
  const data = useBoardData()
  const { filters, sorting } = useBoardView()
  const [index] = useState(() => new BoardRowIndex())
  // A sort on a column that no longer exists (a disabled precondition) is dropped.
  const validSorting = useMemo(
    () => sorting.filter((s) => columns.some((c) => c.id === s.id)),
    [sorting, columns],
  )
  const list = useMemo(
    () =>
      settings
        ? index.update(data, settings, today, { filters, sorting: validSorting, columns })
        : NO_ROWS,
    [index, data, settings, today, filters, validSorting, columns],
  )
  return { list, sorting: validSorting, progress: data.progress }
}
