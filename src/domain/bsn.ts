/**
 * The BSN elfproef: 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
 * A cliëntnummer that passes it could be a real BSN, which must never be stored.
 */
export function passesBsnElfproef(value: string): boolean {
  // BSNs are often written with spaces, dots or dashes (1234.56.782).
  const digits = value.replace(/[\s.-]/g, '')
  if (!/^\d{9}$/.test(digits)) return false
  if (/^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0
}
