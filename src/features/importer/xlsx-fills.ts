import {
  applyTint,
  isBackground,
  themeColour,
  THEME_SLOTS,
  type ThemeScheme,
} from '../../domain/import/cell-colour'
import { zipEntries } from './stored-zip'

/**
 * The fill colour of every cell of an .xlsx, per sheet name: stoplight lists keep their
 * statuses as fills. read-excel-file hands over values only, so the few parts that hold the
 * colours are read here: the styles (cellXfs → fills), the theme's colour scheme, and the
 * style index (`s`) of each cell. The sheet is only scanned when a style has a fill at all,
 * so a list without colours costs nothing more.
 */
export type SheetFills = Map<string, (string | null)[][]>

/** The legacy palette that `indexed` colours point into (ECMA-376 §18.8.27), 0–63. */
const INDEXED = (
  '000000FFFFFFFF000000FF000000FFFFFF00FF00FF00FFFF000000FFFFFFFF000000FF000000FFFFFF00FF00FF' +
  '00FFFF800000008000000080808000800080008080C0C0C08080809999FF993366FFFFCCCCFFFF660066FF8080' +
  '0066CCCCCCFF000080FF00FFFFFF0000FFFF8000808000000080800000FF00CCFFCCFFFFCCFFCCFFFF9999CCFF' +
  'FF99CCCC99FFFFCC993366FF33CCCC99CC00FFCC00FF9900FF6600666699969696003366339966003300333300' +
  '993300993366333399333333'
).match(/.{6}/g) as string[]

const decoder = new TextDecoder()
const text = (bytes: Uint8Array | undefined) => (bytes ? decoder.decode(bytes) : '')

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`)
  if (at < 0) return undefined
  const start = at + name.length + 3
  return tag.slice(start, tag.indexOf('"', start))
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The scheme's twelve colours; `sysClr` (window, windowText) by the value it was saved with. */
export function readThemeScheme(xml: string): ThemeScheme {
  const scheme: ThemeScheme = {}
  for (const slot of THEME_SLOTS) {
    const part = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(xml)?.[1]
    const hex = part && /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(part)?.[1]
    if (hex) scheme[slot] = hex.toUpperCase()
  }
  return scheme
}

/** An OOXML colour element (`<fgColor rgb=… | theme=… tint=… | indexed=…/>`) as "RRGGBB". */
export function resolveColour(tag: string, scheme: ThemeScheme, palette = INDEXED): string | null {
  const tint = Number(attribute(tag, 'tint') ?? 0)
  const rgb = attribute(tag, 'rgb')
  if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) return applyTint(rgb.slice(-6).toUpperCase(), tint)
  const theme = attribute(tag, 'theme')
  if (theme !== undefined) return themeColour(scheme, Number(theme), tint)
  const indexed = palette[Number(attribute(tag, 'indexed') ?? -1)]
  return indexed ? applyTint(indexed, tint) : null
}

/** Per cell style index (`s`): the colour of its solid fill; null for none or white. */
export function styleFills(stylesXml: string, scheme: ThemeScheme): (string | null)[] {
  const custom = /<indexedColors>([\s\S]*?)<\/indexedColors>/.exec(stylesXml)?.[1]
  const palette = custom
    ? [...custom.matchAll(/rgb="[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})"/g)].map((m) => m[1] ?? '')
    : INDEXED
  const fillsXml = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(stylesXml)?.[1] ?? ''
  const fills = [...fillsXml.matchAll(/<fill\s*\/>|<fill>([\s\S]*?)<\/fill>/g)].map((m) => {
    const body = m[1] ?? ''
    if (!/<patternFill[^>]*patternType="solid"/.test(body)) return null
    const tag = /<fgColor[^>]*>/.exec(body)?.[0]
    const colour = tag ? resolveColour(tag, scheme, palette) : null
    return colour && !isBackground(colour) ? colour : null
  })
  const xfsXml = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? ''
  return [...xfsXml.matchAll(/<xf\s[^>]*>/g)].map(
    (m) => fills[Number(attribute(m[0], 'fillId') ?? 0)] ?? null,
  )
}

function columnIndex(letters: string): number {
  let n = 0
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64
  return n - 1
}

/** The colour of each styled cell of one sheet, by its `r` ("B7") and `s` attributes. */
export function sheetFills(
  sheetXml: string,
  byStyle: readonly (string | null)[],
): (string | null)[][] {
  const grid: (string | null)[][] = []
  for (const match of sheetXml.matchAll(/<c\s[^>]*>/g)) {
    const tag = match[0]
    const colour = byStyle[Number(attribute(tag, 's') ?? 0)]
    if (!colour) continue
    const ref = /^([A-Z]+)(\d+)$/.exec(attribute(tag, 'r') ?? '')
    if (!ref) continue
    const row = Number(ref[2]) - 1
    ;(grid[row] ??= [])[columnIndex(ref[1] ?? 'A')] = colour
  }
  // Rows without colours as empty rows, so the grid is dense enough to clone and index.
  for (let r = 0; r < grid.length; r++) grid[r] ??= []
  return grid
}

/** Sheet name → path of its part, from the workbook and its relationships. */
function sheetPaths(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>()
  for (const m of relsXml.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(m[0], 'Id')
    const target = attribute(m[0], 'Target')
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  const paths = new Map<string, string>()
  for (const m of workbookXml.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attribute(m[0], 'name')
    const target = targets.get(attribute(m[0], 'r:id') ?? '')
    if (name !== undefined && target) paths.set(unescapeXml(name), target)
  }
  return paths
}

export async function readXlsxFills(zip: Uint8Array): Promise<SheetFills> {
  const out: SheetFills = new Map()
  const parts = await zipEntries(
    zip,
    (n) => n === 'xl/styles.xml' || /^xl\/theme\/theme\d*\.xml$/.test(n),
  )
  const theme = [...parts.entries()].find(([n]) => n.startsWith('xl/theme/'))?.[1]
  const byStyle = styleFills(text(parts.get('xl/styles.xml')), readThemeScheme(text(theme)))
  if (!byStyle.some((c) => c !== null)) return out
  const book = await zipEntries(
    zip,
    (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels',
  )
  const paths = sheetPaths(
    text(book.get('xl/workbook.xml')),
    text(book.get('xl/_rels/workbook.xml.rels')),
  )
  const wanted = new Set(paths.values())
  const sheets = await zipEntries(zip, (n) => wanted.has(n))
  for (const [name, path] of paths) {
    const grid = sheetFills(text(sheets.get(path)), byStyle)
    if (grid.length > 0) out.set(name, grid)
  }
  return out
}
