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

interface Candidates<T> {
  latestInWindow: T[]
  lastBefore: T[]
}

/** What choosing a ronde's files reads of a file (a stored file or its digest), but its scope. */
export interface FileRef {
  key: string
  providerKey: string
  providerName: string
  peildatum: IsoDate
}

type ScopeOf<T> = (file: T) => FileScope

/** Keeps the files with the latest peildatum (ties all kept). */
function keepLatest<T extends FileRef>(list: T[], file: T): T[] {
  const current = list[0]?.peildatum
  if (current === undefined || file.peildatum > current) return [file]
  if (file.peildatum === current) list.push(file)
  return list
}

const BREADTH = { all: 0, regio: 1, gemeente: 2 } as const

/** Drops a file whose scope lies inside another chosen file's scope: widest first. */
function withoutCovered<T extends FileRef>(files: T[], scopeOf: ScopeOf<T>): T[] {
  if (files.length < 2) return files
  const sorted = [...new Map(files.map((f) => [f.key, f])).values()].sort(
    (a, b) => BREADTH[scopeOf(a).kind] - BREADTH[scopeOf(b).kind] || (a.key < b.key ? -1 : 1),
  )
  const kept: T[] = []
  for (const file of sorted) {
    if (!kept.some((k) => scopeWithin(scopeOf(file), scopeOf(k)))) kept.push(file)
  }
  return kept
}

/** The youth rows of a provider's chosen files, each cliëntnummer once (the first wins). */
export function uniqueRows(files: readonly LoadedFile[]): readonly ExchangeYouth[] {
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

/** A provider's chosen files in a ronde, before their rows are attached. */
export interface ChosenFiles<T> {
  providerKey: string
  providerName: string
  peildatum: IsoDate
  files: T[]
}

export interface ChosenRonde<T> {
  rondeDate: IsoDate
  windowStart: IsoDate
  /** Sorted by provider name. */
  providers: ChosenFiles<T>[]
  missing: MissingProvider[]
}

/**
 * The files of one ronde: per provider the files with the latest peildatum in the window
 * (rondeDate − windowWeeks·7 days, rondeDate], a file inside another chosen file's scope
 * dropped; providers with an earlier file but none in the window are *ontbreekt*. Works on
 * stored files and on their digests alike (one rule for both). One pass over the files.
 */
export function chooseRondeFiles<T extends FileRef>(
  files: readonly T[],
  scopeOf: ScopeOf<T>,
  rondeDate: IsoDate,
  settings: RondeSettings,
): ChosenRonde<T> {
  const windowStart = rondeWindowStart(rondeDate, settings)
  const perProvider = new Map<string, Candidates<T>>()
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
  const providers: ChosenFiles<T>[] = []
  const missing: MissingProvider[] = []
  for (const [key, c] of perProvider) {
    if (c.latestInWindow.length > 0) {
      const chosen = withoutCovered(c.latestInWindow, scopeOf)
      const first = chosen[0] as T
      providers.push({
        providerKey: key,
        providerName: first.providerName,
        peildatum: first.peildatum,
        files: chosen,
      })
    } else {
      const last = c.lastBefore[0] as T
      missing.push({
        providerKey: key,
        providerName: last.providerName,
        lastPeildatum: last.peildatum,
        lastScopes: c.lastBefore.map(scopeOf),
      })
    }
  }
  providers.sort((a, b) => byName.compare(a.providerName, b.providerName))
  missing.sort((a, b) => byName.compare(a.providerName, b.providerName))
  return { rondeDate, windowStart, providers, missing }
}

/** The files of one ronde with their rows (`chooseRondeFiles`); rows copied only for several files. */
export function selectRonde(
  files: readonly LoadedFile[],
  rondeDate: IsoDate,
  settings: RondeSettings,
): RondeSelection {
  const scopeOf = (f: LoadedFile) => f.file.scope
  return withRows(chooseRondeFiles(files, scopeOf, rondeDate, settings), (f) => f)
}

/** Attaches the rows of each chosen file; `full` finds the stored file behind a chosen one. */
export function withRows<T>(chosen: ChosenRonde<T>, full: (file: T) => LoadedFile): RondeSelection {
  return {
    ...chosen,
    providers: chosen.providers.map((p) => {
      const files = p.files.map(full)
      return { ...p, files, rows: uniqueRows(files) }
    }),
  }
}
