import type { IsoDate } from '../types'
import { digestRows, type FileDigest, type RowGroup, type RowsDigest } from './digest'
import {
  chooseRondeFiles,
  uniqueRows,
  withRows,
  type MissingProvider,
  type RondeSelection,
} from './ronde-files'
import { rowFilter, scopesOverlap } from './scope'
import type { LoadedFile, RondeSettings, Selection } from './types'

/** A provider of a ronde, seen through its files' digests (its rows counted, not read). */
export interface ProviderDigest extends RowsDigest {
  providerKey: string
  providerName: string
  peildatum: IsoDate
  files: FileDigest[]
}

/** A ronde as `selectRonde` chooses it, with digests in place of rows. */
export interface RondeDigest {
  rondeDate: IsoDate
  windowStart: IsoDate
  providers: ProviderDigest[]
  missing: MissingProvider[]
}

/** The stored files the overview was given whole, by key. */
export type WholeFiles = ReadonlyMap<string, LoadedFile>

export const scopeOfDigest = (digest: FileDigest) => digest.scope

function wholeFile(whole: WholeFiles) {
  return (digest: FileDigest): LoadedFile => {
    const file = whole.get(digest.key)
    if (!file) throw new Error(`The rows of file ${digest.key} are needed but were not read`)
    return file
  }
}

/**
 * A ronde from the digests. A provider with one chosen file uses that file's digest; one with
 * several (rows may repeat across them, the first wins) is counted from its files' rows,
 * which `overviewPlan` lists among the files to read whole.
 */
export function rondeDigest(
  digests: readonly FileDigest[],
  rondeDate: IsoDate,
  settings: RondeSettings,
  whole: WholeFiles,
): RondeDigest {
  const chosen = chooseRondeFiles(digests, scopeOfDigest, rondeDate, settings)
  return {
    ...chosen,
    providers: chosen.providers.map((p): ProviderDigest => {
      const only = p.files.length === 1 ? (p.files[0] as FileDigest) : null
      return only
        ? { ...p, rows: only.rows, redRefs: only.redRefs }
        : { ...p, ...digestRows(uniqueRows(p.files.map(wholeFile(whole)))) }
    }),
  }
}

/** A ronde chosen from the digests, with the rows of its files (which must be given whole). */
export function rondeWithRows(
  digests: readonly FileDigest[],
  rondeDate: IsoDate,
  settings: RondeSettings,
  whole: WholeFiles,
): RondeSelection {
  return withRows(chooseRondeFiles(digests, scopeOfDigest, rondeDate, settings), wholeFile(whole))
}

/** A provider of the ronde whose files may hold youths of the selection (cf. ./selected.ts). */
export interface SelectedDigest {
  provider: ProviderDigest
  /** Its files whose scope overlaps the selection. */
  files: FileDigest[]
  /** Its rows in the selection, counted per place. */
  rows: readonly RowGroup[]
}

/** `selectProviders` for digests: the same providers, files and places. */
export function selectDigests(ronde: RondeDigest, selection: Selection) {
  const inSelection = rowFilter(selection)
  const providers: SelectedDigest[] = []
  for (const provider of ronde.providers) {
    const files = provider.files.filter((f) => scopesOverlap(f.scope, selection))
    if (files.length === 0) continue
    const rows = inSelection ? provider.rows.filter(inSelection) : provider.rows
    providers.push({ provider, files, rows })
  }
  const missing = ronde.missing.filter((m) => m.lastScopes.some((s) => scopesOverlap(s, selection)))
  return { providers, missing }
}
