import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef } from 'react'
import {
  readExchangeDigests,
  readRondeFiles,
  refreshExchangeDigests,
} from '../../../db/exchange-digests-repo'
import { listAgreements } from '../../../db/municipal-repo'
import { overviewPlan } from '../../../domain/municipal/overview-plan'
import type { StoredFileDigest } from '../../../domain/municipal/digest'
import {
  agreementsForRonde,
  buildMunicipalOverview,
  parseSelectionKey,
  scopeKey,
  type Agreement,
  type MunicipalOverview,
  type MunicipalSettings,
  type Selection,
  type StoredExchangeFile,
} from '../../../domain/municipal'
import type { IsoDate } from '../../../domain/types'

/**
 * Every stored file's digest and the afspraken, live: undefined while the first read runs, and
 * while the digests of files stored before them (or by a restore or team sync) are made.
 */
export function useMunicipalData() {
  const read = useLiveQuery(readExchangeDigests, [])
  const agreements = useLiveQuery(listAgreements, [])
  const missing = read?.missing ?? 0
  useEffect(() => {
    if (missing > 0) void refreshExchangeDigests()
  }, [missing])
  return { digests: read && missing === 0 ? read.digests : undefined, agreements }
}

interface OverviewInput {
  digests: StoredFileDigest[]
  agreements: Agreement[]
  settings: MunicipalSettings
  rondeDate: IsoDate | null
  selection: Selection
  today: IsoDate
}

const NO_AGREEMENTS: Agreement[] = []

/**
 * The rows the overview of a ronde needs (`overviewPlan`), read together with what they were
 * read for, so the overview is always built from one consistent set. While another ronde's
 * rows are read, the last set stays (Dexie's live query keeps its last result); files of the
 * last set that the new one needs too are not read again.
 */
function useRondeRows(
  digests: StoredFileDigest[],
  rondeDate: IsoDate | null,
  settings: MunicipalSettings,
) {
  const kept = useRef<ReadonlyMap<string, StoredExchangeFile>>(new Map())
  return useLiveQuery(async () => {
    const { wholeKeys } = overviewPlan(digests, rondeDate, settings)
    const files = await readRondeFiles(wholeKeys, digests, kept.current)
    kept.current = new Map(files.map((f) => [f.key, f]))
    // A file removed since the digests were read: the digests' live query follows at once.
    return files.length === wholeKeys.length ? { digests, rondeDate, settings, files } : null
  }, [digests, rondeDate, settings])
}

/**
 * The whole Gemeente-overzicht for the chosen ronde and selection, and the stored files it
 * read whole; undefined while they are read. Worked out again only when one of them (or the
 * stored files) changes; another selection reads nothing. Afspraken are matched to the ronde
 * apart: saving one in the meeting must not work out every figure again.
 */
export function useMunicipalOverview(
  input: OverviewInput,
): { overview: MunicipalOverview; files: StoredExchangeFile[] } | undefined {
  const { digests, agreements, settings, rondeDate, selection, today } = input
  const read = useRondeRows(digests, rondeDate, settings)
  const selectionKey = scopeKey(selection)
  const figures = useMemo(
    () =>
      read
        ? buildMunicipalOverview({
            files: read.files,
            digests: read.digests,
            agreements: NO_AGREEMENTS,
            settings: read.settings,
            rondeDate: read.rondeDate,
            selection: parseSelectionKey(selectionKey) ?? { kind: 'all' },
            today,
          })
        : null,
    [read, selectionKey, today],
  )
  return useMemo(() => {
    if (!read || !figures) return undefined
    const date = figures.ronde?.date
    const overview =
      date === undefined
        ? figures
        : { ...figures, agreements: agreementsForRonde(agreements, date, today) }
    return { overview, files: read.files }
  }, [read, figures, agreements, today])
}
