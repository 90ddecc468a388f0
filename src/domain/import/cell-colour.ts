import type { Status } from '../types'

/**
 * Cell colours as statuses. Teams keep stoplight lists where the status is only the fill of a
 * cell; a person reads red, orange and green at a glance, so the import does too. Colours are
 * "RRGGBB" (upper case), as the readers resolve them from the file (theme and tint included).
 */

/** A colour's meaning: a status, or `none` (the colour says nothing, e.g. a highlighted cell). */
export type ColourMeaning = Status | 'none'

interface Hsl {
  /** 0–360 */
  h: number
  /** 0–1 */
  s: number
  /** 0–1 */
  l: number
}

const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16) / 255

/** "FF0000" → h 0, s 1, l 0.5. */
export function toHsl(hex: string): Hsl {
  const [r, g, b] = [channel(hex, 0), channel(hex, 2), channel(hex, 4)]
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  const d = max - min
  if (d === 0) return { h: 0, s: 0, l }
  const s = d / (1 - Math.abs(2 * l - 1))
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return { h: h * 60, s, l }
}

export function fromHsl({ h, s, l }: Hsl): string {
  const c = (1 - Math.abs(2 * l - 1)) * s
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1))
  const m = l - c / 2
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x]
  return [r, g, b]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()
}

/**
 * A tint as Office applies it (ECMA-376, CT_Color tint): negative darkens the luminance
 * towards black by that share, positive lightens it towards white.
 */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex
  const hsl = toHsl(hex)
  const l = tint < 0 ? hsl.l * (1 + tint) : hsl.l * (1 - tint) + tint
  return fromHsl({ ...hsl, l: Math.min(1, Math.max(0, l)) })
}

/**
 * A theme colour by its index in a cell's style. Excel counts the scheme with its first two
 * pairs swapped (0 is lt1, the window background; 1 is dk1, the text), unlike the order in
 * which the theme file lists them.
 */
export const THEME_SLOTS = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const

export type ThemeScheme = Partial<Record<(typeof THEME_SLOTS)[number], string>>

export function themeColour(scheme: ThemeScheme, index: number, tint = 0): string | null {
  const slot = THEME_SLOTS[index]
  const base = slot ? scheme[slot] : undefined
  return base ? applyTint(base, tint) : null
}

/** White and near-white fills are the sheet's background, not a colour anyone chose to mean. */
export function isBackground(hex: string): boolean {
  const { s, l } = toHsl(hex)
  return l >= 0.97 || (l >= 0.92 && s < 0.2)
}

/**
 * The status a colour's hue says by itself: red, orange to yellow, green. Greys, blues,
 * purples and pinks say nothing by themselves (null): the legend or the user decides.
 */
export function hueStatus(hex: string): 'rood' | 'oranje' | 'groen' | null {
  const { h, s, l } = toHsl(hex)
  if (s < 0.25 || l < 0.12 || l > 0.95) return null
  if (h >= 345 || h < 15) return 'rood'
  if (h < 66) return 'oranje'
  if (h >= 75 && h < 165) return 'groen'
  return null
}

/** Words to name a colour on screen, so a swatch is never the only signal. */
export const COLOUR_NAMES = [
  'red',
  'orange',
  'yellow',
  'green',
  'turquoise',
  'blue',
  'purple',
  'pink',
  'brown',
  'grey',
  'black',
  'white',
] as const
export type ColourName = (typeof COLOUR_NAMES)[number]

export function colourName(hex: string): ColourName {
  const { h, s, l } = toHsl(hex)
  if (l >= 0.95) return 'white'
  if (l < 0.12) return 'black'
  if (s < 0.2) return 'grey'
  if (h >= 345 || h < 15) return l > 0.7 ? 'pink' : 'red'
  if (h < 45) return l < 0.35 ? 'brown' : 'orange'
  if (h < 66) return 'yellow'
  if (h < 165) return 'green'
  if (h < 195) return 'turquoise'
  if (h < 255) return 'blue'
  if (h < 290) return 'purple'
  return 'pink'
}
