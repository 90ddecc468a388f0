import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { listAgreements, listExchangeFiles } from '../../../db/municipal-repo'
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

/** The stored files and afspraken, live: undefined while the first read runs. */
export function useMunicipalData() {
  const files = useLiveQuery(listExchangeFiles, [])
  const agreements = useLiveQuery(listAgreements, [])
  return { files, agreements }
}

interface OverviewInput {
  files: StoredExchangeFile[]
  agreements: Agreement[]
  settings: MunicipalSettings
  rondeDate: IsoDate | null
  selection: Selection
  today: IsoDate
}

const NO_AGREEMENTS: Agreement[] = []

/**
 * The whole Gemeente-overzicht for the chosen ronde and selection, worked out again only when
 * one of them (or the stored files) changes. Afspraken are matched to the ronde apart: saving
 * one in the meeting must not work out every figure again.
 */
export function useMunicipalOverview(input: OverviewInput): MunicipalOverview {
  const { files, agreements, settings, rondeDate, selection, today } = input
  const selectionKey = scopeKey(selection)
  const figures = useMemo(
    () =>
      buildMunicipalOverview({
        files,
        agreements: NO_AGREEMENTS,
        settings,
        rondeDate,
        selection: parseSelectionKey(selectionKey) ?? { kind: 'all' },
        today,
      }),
    [files, settings, rondeDate, selectionKey, today],
  )
  return useMemo(() => {
    const date = figures.ronde?.date
    return date === undefined
      ? figures
      : { ...figures, agreements: agreementsForRonde(agreements, date, today) }
  }, [figures, agreements, today])
}
