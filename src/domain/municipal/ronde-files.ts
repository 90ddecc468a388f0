import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import type { IsoDate } from '../types'
import { rondeWindowStart } from './rondes'
import { scopeWithin } from './scope'
import type { FileScope, LoadedFile, RondeSettings } from './types'

/** A provider that delivered in this ronde. */
export interface RondeProvider {
  providerKey: string
  providerName: string
  /** This provider's own peildatum in the ronde (providers differ). */
  peildatum: IsoDate
  /** The files used: the latest peildatum in the window, minus files inside another's scope. */
  files: LoadedFile[]
  /** Their youth rows, each cliëntnummer once. */
  rows: readonly ExchangeYouth[]
}

/** A provider that delivered before but has no file in this ronde's window: *ontbreekt*. */
export interface MissingProvider {
  providerKey: string
  providerName: string
  /** The peildatum of its last file on or before the ronde date. */
  lastPeildatum: IsoDate
  lastScopes: FileScope[]
}

export interface RondeSelection {
  rondeDate: IsoDate
  /** First day of the window; the window ends on the ronde date. */
  windowStart: IsoDate
  /** Sorted by provider name. */
  providers: RondeProvider[]
  missing: MissingProvider[]
}

interface Candidates {
  latestInWindow: LoadedFile[]
  lastBefore: LoadedFile[]
}

/** Keeps the files with the latest peildatum (ties all kept). */
function keepLatest(list: LoadedFile[], file: LoadedFile): LoadedFile[] {
  const current = list[0]?.peildatum
  if (current === undefined || file.peildatum > current) return [file]
  if (file.peildatum === current) list.push(file)
  return list
}

const BREADTH = { all: 0, regio: 1, gemeente: 2 } as const

/** Drops a file whose scope lies inside another chosen file's scope: widest first. */
function withoutCovered(files: LoadedFile[]): LoadedFile[] {
  if (files.length < 2) return files
  const sorted = [...new Map(files.map((f) => [f.key, f])).values()].sort(
    (a, b) => BREADTH[a.file.scope.kind] - BREADTH[b.file.scope.kind] || (a.key < b.key ? -1 : 1),
  )
  const kept: LoadedFile[] = []
  for (const file of sorted) {
    if (!kept.some((k) => scopeWithin(file.file.scope, k.file.scope))) kept.push(file)
  }
  return kept
}

function uniqueRows(files: readonly LoadedFile[]): readonly ExchangeYouth[] {
  if (files.length === 1) return (files[0] as LoadedFile).file.youths
  const seen = new Set<string>()
  const rows: ExchangeYouth[] = []
  for (const f of files) {
    for (const row of f.file.youths) {
      if (seen.has(row.clientRef)) continue
      seen.add(row.clientRef)
      rows.push(row)
    }
  }
  return rows
}

const byName = new Intl.Collator('nl', { numeric: true })

/** The provider's name as in its newest file of the ronde. */
const nameOf = (files: LoadedFile[]) => (files[0] as LoadedFile).providerName

/**
 * The files of one ronde: per provider the files with the latest peildatum in the window
 * (rondeDate − windowWeeks·7 days, rondeDate], a file inside another chosen file's scope
 * dropped; providers with an earlier file but none in the window are *ontbreekt*.
 * One pass over the files; rows are only copied when a provider has several files.
 */
export function selectRonde(
  files: readonly LoadedFile[],
  rondeDate: IsoDate,
  settings: RondeSettings,
): RondeSelection {
  const windowStart = rondeWindowStart(rondeDate, settings)
  const perProvider = new Map<string, Candidates>()
  for (const file of files) {
    if (file.peildatum > rondeDate) continue
    let c = perProvider.get(file.providerKey)
    if (!c) {
      c = { latestInWindow: [], lastBefore: [] }
      perProvider.set(file.providerKey, c)
    }
    if (file.peildatum >= windowStart) c.latestInWindow = keepLatest(c.latestInWindow, file)
    else c.lastBefore = keepLatest(c.lastBefore, file)
  }
  const providers: RondeProvider[] = []
  const missing: MissingProvider[] = []
  for (const [key, c] of perProvider) {
    if (c.latestInWindow.length > 0) {
      const chosen = withoutCovered(c.latestInWindow)
      providers.push({
        providerKey: key,
        providerName: nameOf(chosen),
        peildatum: (chosen[0] as LoadedFile).peildatum,
        files: chosen,
        rows: uniqueRows(chosen),
      })
    } else {
      missing.push({
        providerKey: key,
        providerName: nameOf(c.lastBefore),
        lastPeildatum: (c.lastBefore[0] as LoadedFile).peildatum,
        lastScopes: c.lastBefore.map((f) => f.file.scope),
      })
    }
  }
  providers.sort((a, b) => byName.compare(a.providerName, b.providerName))
  missing.sort((a, b) => byName.compare(a.providerName, b.providerName))
  return { rondeDate, windowStart, providers, missing }
}
