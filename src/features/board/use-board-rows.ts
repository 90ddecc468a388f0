import { useMemo, useState } from 'react'
import type { Settings } from '../../domain/types'
import { useBoardData } from '../../hooks/use-board-data'
import type { BoardRow } from './board-row'
import { BoardRowCache } from './board-row-cache'

const NO_ROWS: BoardRow[] = []

/** Board rows for every active youth, kept live and cheap to update (see BoardRowCache). */
export function useBoardRows(settings: Settings | undefined, today: string) {
  const data = useBoardData()
  const [cache] = useState(() => new BoardRowCache())
  const rows = useMemo(
    () => (settings ? cache.rows(data, settings, today) : NO_ROWS),
    [cache, data, settings, today],
  )
  return { rows, progress: data.progress }
}
