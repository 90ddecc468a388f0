/**
 * Number formats for reports. Dutch: "3.795" (thousands with a dot), "11,1" (decimal comma).
 * The CSV dialect wants the decimal comma without grouping.
 */
export interface NumberFormats {
  count: (n: number) => string
  decimal: (n: number, digits?: number) => string
  percent: (share: number) => string
}

const cache = new Map<string, Intl.NumberFormat>()
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    cache.set(key, f)
  }
  return f
}

export function numberFormats(locale: string): NumberFormats {
  return {
    count: (n) => formatter(locale, { maximumFractionDigits: 0 }).format(n),
    decimal: (n, digits = 1) =>
      formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    percent: (share) =>
      formatter(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(share),
  }
}

export const dutchNumbers = numberFormats('nl-NL')

/** A decimal for the Dutch CSV dialect: comma, no thousands separator ("1234,5"). */
export function csvDecimal(n: number, digits = 1): string {
  return formatter('nl-NL', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(n)
}

/** Share of a total (0 when the total is 0, never NaN). */
export function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : count / total
}

/** Verblijfsduur in years with one decimal, from days (365,25 days a year). */
export function daysToYears(days: number): number {
  return Math.round((days / 365.25) * 10) / 10
}

/** The signed difference for a change column: "+3", "−2" (minus sign), "0". */
export function signedDifference(n: number, format: (n: number) => string): string {
  if (n > 0) return `+${format(n)}`
  if (n < 0) return `\u2212${format(-n)}`
  return format(0)
}
