import { isBackground } from '../../domain/import/cell-colour'
import type { SheetGrid } from '../../domain/import/locate-table'
import { zipEntries } from './stored-zip'

/**
 * The background colour of every cell of an .ods, per sheet in order: SheetJS reads values
 * only. A cell's colour comes from its style (`table:style-name`), else the row's or the
 * column's default cell style, each style inheriting from its parent (LibreOffice's "Bad",
 * "Good" and "Neutral" live in styles.xml). Only read when some style has a background.
 */

interface CellStyle {
  background?: string
  parent?: string
}

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`)
  if (at < 0) return undefined
  const start = at + name.length + 3
  return tag.slice(start, tag.indexOf('"', start))
}

/** Cell styles by name, with their own background ("#rrggbb") and parent. */
export function readCellStyles(xml: string, into = new Map<string, CellStyle>()) {
  for (const m of xml.matchAll(
    /<style:(?:style|default-style)\s[^>]*?(?:\/>|>([\s\S]*?)<\/style:(?:style|default-style)>)/g,
  )) {
    const tag = m[0].slice(0, m[0].indexOf('>') + 1)
    if (attribute(tag, 'style:family') !== 'table-cell') continue
    const name = attribute(tag, 'style:name') ?? (tag.startsWith('<style:default') ? '' : null)
    if (name === null) continue
    const props = /<style:table-cell-properties\s[^>]*>/.exec(m[1] ?? '')?.[0] ?? ''
    const colour = attribute(props, 'fo:background-color')
    const parent = attribute(tag, 'style:parent-style-name')
    into.set(name, {
      ...(colour && /^#[0-9a-f]{6}$/i.test(colour) ? { background: colour } : {}),
      ...(parent ? { parent } : {}),
    })
  }
  return into
}

/** The style's colour, following its parents; null for none, transparent or white. */
function resolver(styles: Map<string, CellStyle>) {
  const cache = new Map<string, string | null>()
  const resolve = (name: string | undefined, depth = 0): string | null => {
    if (name === undefined || depth > 10) return null
    const known = cache.get(name)
    if (known !== undefined) return known
    const style = styles.get(name)
    const hex = style?.background?.slice(1).toUpperCase()
    const colour = hex ? (isBackground(hex) ? null : hex) : resolve(style?.parent, depth + 1)
    cache.set(name, colour)
    return colour
  }
  return resolve
}

const TAGS =
  /<(\/?)(table:table-row|table:table-cell|table:covered-table-cell|table:table-column|table:table)(?=[\s/>])([^>]*?)(\/?)>/g

/** Fills of the sheets in `sheets` (SheetJS's grids, for their size), in the same order. */
export function contentFills(
  content: string,
  styles: Map<string, CellStyle>,
  sheets: readonly SheetGrid[],
): ((string | null)[][] | null)[] {
  const colourOf = resolver(styles)
  const out: ((string | null)[][] | null)[] = sheets.map(() => null)
  let sheet = -1
  let height = 0
  let width = 0
  let row = 0
  let col = 0
  let rowRepeat = 1
  let rowDefault: string | undefined
  let columns: (string | undefined)[] = []
  let grid: (string | null)[][] = []
  for (const m of content.matchAll(TAGS)) {
    const [, closing, name, attrs = ''] = m
    if (name === 'table:table') {
      if (closing) continue
      sheet++
      const cells = sheets[sheet]?.grid ?? []
      height = cells.length
      width = cells.reduce((max, r) => Math.max(max, r.length), 0)
      row = 0
      columns = []
      grid = []
      out[sheet] = grid
    } else if (name === 'table:table-column') {
      const repeat = Number(attribute(attrs, 'table:number-columns-repeated') ?? 1)
      const style = attribute(attrs, 'table:default-cell-style-name')
      for (let i = 0; i < repeat && columns.length < width; i++) columns.push(style)
    } else if (name === 'table:table-row') {
      if (closing) {
        row += rowRepeat
        continue
      }
      col = 0
      rowRepeat = Number(attribute(attrs, 'table:number-rows-repeated') ?? 1)
      rowDefault = attribute(attrs, 'table:default-cell-style-name')
      if (m[4]) row += rowRepeat
    } else if (!closing && row < height) {
      const repeat = Number(attribute(attrs, 'table:number-columns-repeated') ?? 1)
      const own = attribute(attrs, 'table:style-name')
      for (let c = col; c < Math.min(col + repeat, width); c++) {
        const colour = colourOf(own ?? rowDefault ?? columns[c])
        if (!colour) continue
        for (let r = row; r < Math.min(row + rowRepeat, height); r++) (grid[r] ??= [])[c] = colour
      }
      col += repeat
    }
  }
  for (const fills of out) {
    if (fills) for (let r = 0; r < fills.length; r++) fills[r] ??= []
  }
  return out.map((fills) => (fills && fills.length > 0 ? fills : null))
}

/** The sheets with their fill colours added, when the workbook has any. */
export async function withOdsFills(
  bytes: Uint8Array,
  sheets: readonly SheetGrid[],
): Promise<SheetGrid[]> {
  const parts = await zipEntries(bytes, (n) => n === 'content.xml' || n === 'styles.xml')
  const decoder = new TextDecoder()
  const content = decoder.decode(parts.get('content.xml') ?? new Uint8Array())
  const styles = readCellStyles(
    content,
    readCellStyles(decoder.decode(parts.get('styles.xml') ?? new Uint8Array())),
  )
  if (![...styles.values()].some((s) => s.background && !isBackground(s.background.slice(1)))) {
    return [...sheets]
  }
  const fills = contentFills(content, styles, sheets)
  return sheets.map((sheet, i) => {
    const grid = fills[i]
    return grid ? { ...sheet, fills: grid } : sheet
  })
}
