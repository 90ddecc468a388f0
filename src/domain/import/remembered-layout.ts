import { z } from 'zod/mini'
import { normaliseName } from '../municipalities'
import type { IsoTimestamp } from '../types'
import type { ColumnMapping, DuplicateChoice, ImportTarget } from './types'

/**
 * A column mapping remembered from an earlier import, kept by the file's column layout (its
 * column titles in order), so next month's list of the same shape maps itself.
 */
export interface RememberedLayout {
  /** The normalised titles in order: what a file must match. */
  layout: string
  /** The titles as in the sheet, to show the user which list this is. */
  titles: string[]
  /** The field of every column, by its title as in the sheet. */
  columns: { title: string; target: ImportTarget | null }[]
  /** What the user chose for cliëntnummers already on the board. */
  existing: DuplicateChoice | null
  savedAt: IsoTimestamp
}

/** The layout of a header row: its titles in order, ignoring case, accents and spacing. */
export function layoutOf(titles: readonly string[]): string {
  return titles.map(normaliseName).join('|')
}

/** A short, stable id for a layout (FNV-1a), to keep it under in the settings table. */
export function layoutId(layout: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < layout.length; i++) {
    hash ^= layout.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

const TARGET = /^(?:[a-zA-Z]+|(?:status|note|action):[\w-]+)$/

const schema = z.object({
  layout: z.string(),
  titles: z.array(z.string()),
  columns: z.array(
    z.object({
      title: z.string(),
      target: z.nullable(z.string().check(z.regex(TARGET))),
    }),
  ),
  existing: z.nullable(z.enum(['update', 'skip'])),
  savedAt: z.string(),
})

/** A stored layout as read back, or null when it is damaged (then it is simply not used). */
export function restoreRememberedLayout(value: unknown): RememberedLayout | null {
  const parsed = schema.safeParse(value)
  return parsed.success ? (parsed.data as RememberedLayout) : null
}

/** What to remember after an import: the titles of the table and the mapping that was used. */
export function rememberedFrom(
  titles: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  existing: DuplicateChoice | null,
  savedAt: IsoTimestamp,
): RememberedLayout {
  return {
    layout: layoutOf(titles),
    titles: [...titles],
    columns: headers.map((title, i) => ({ title, target: mapping[i] ?? null })),
    existing,
    savedAt,
  }
}

/**
 * The remembered mapping for these columns: each column takes the field of the remembered
 * column with the same title (in order, so two columns with one title keep theirs). Targets
 * the app no longer offers (`allowed` says no) are left out.
 */
export function applyRemembered(
  remembered: RememberedLayout,
  headers: readonly string[],
  allowed: (target: ImportTarget) => boolean,
): ColumnMapping {
  const left = [...remembered.columns]
  return headers.map((header) => {
    const at = left.findIndex((c) => normaliseName(c.title) === normaliseName(header))
    if (at < 0) return null
    const [column] = left.splice(at, 1)
    const target = column?.target ?? null
    return target !== null && allowed(target) ? target : null
  })
}
