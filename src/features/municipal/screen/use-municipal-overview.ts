import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { listAgreements, listExchangeFiles } from '../../../db/municipal-repo'
import {
  agreementsForRonde,
  buildMunicipalOverview,
  scopeKey,
  type Agreement,
  type MunicipalOverview,
  type MunicipalSettings,
  type Selection,
  type StoredExchangeFile,
} from '../../../domain/municipal'
import { jeugdregioOf } from '../../../domain/municipalities'
import { scopeChoices } from '../../../domain/report/scope'
import type { IsoDate } from '../../../domain/types'

export interface SelectionChoices {
  municipalities: { code: string; name: string }[]
  regions: string[]
}

/** The gemeenten and jeugdregio's that occur in the loaded files: their areas and their rows. */
export function selectionChoices(files: readonly StoredExchangeFile[]): SelectionChoices {
  const regions = new Set<string>()
  function* places() {
    for (const { file } of files) {
      if (file.scope.kind === 'gemeente') {
        yield { municipalityCode: file.scope.code, jeugdregio: jeugdregioOf(file.scope.code) ?? '' }
      } else if (file.scope.kind === 'regio') regions.add(file.scope.name)
      yield* file.youths
    }
  }
  const choices = scopeChoices(places())
  for (const region of choices.regions) regions.add(region)
  return {
    municipalities: choices.municipalities,
    regions: [...regions].sort((a, b) => a.localeCompare(b, 'nl')),
  }
}

export function parseSelectionKey(key: string): Selection | null {
  if (key === 'all') return { kind: 'all' }
  if (key.startsWith('gemeente:') && key.length > 9) return { kind: 'gemeente', code: key.slice(9) }
  if (key.startsWith('regio:') && key.length > 6) return { kind: 'regio', name: key.slice(6) }
  return null
}

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
