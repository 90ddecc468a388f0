import { MUNICIPALITIES, MUNICIPALITIES_YEAR, type MunicipalityRecord } from './municipalities-data'

export type { MunicipalityRecord }
export { MUNICIPALITIES, MUNICIPALITIES_YEAR }

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]))

/** Lower case, no diacritics, no punctuation or brackets: "'s-Gravenhage" → "s gravenhage". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

let byName: Map<string, MunicipalityRecord> | null = null
function nameIndex(): Map<string, MunicipalityRecord> {
  if (byName) return byName
  byName = new Map()
  for (const m of MUNICIPALITIES) {
    for (const name of [m.name, ...(m.aliases ?? [])]) byName.set(normaliseName(name), m)
  }
  return byName
}

export function municipalityByCode(code: string): MunicipalityRecord | undefined {
  return byCode.get(code)
}

export function municipalityName(code: string): string {
  return byCode.get(code)?.name ?? code
}

/**
 * Finds a municipality by CBS code ("GM0518", "0518", "518") or by name, including
 * common variants ("Den Haag"), ignoring case, diacritics and punctuation.
 */
export function findMunicipality(input: string): MunicipalityRecord | undefined {
  const value = input.trim()
  if (!value) return undefined
  const code = /^(?:gm)?\s*(\d{1,4})$/i.exec(value)
  if (code?.[1]) return byCode.get(`GM${code[1].padStart(4, '0')}`)
  return nameIndex().get(normaliseName(value))
}

/** The jeugdregio of a municipality when the shipped list knows it. */
export function jeugdregioOf(code: string): string | undefined {
  return byCode.get(code)?.jeugdregio
}

/** All jeugdregio names in the shipped list, sorted. */
export function allJeugdregios(): string[] {
  const names = new Set<string>()
  for (const m of MUNICIPALITIES) if (m.jeugdregio) names.add(m.jeugdregio)
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'))
}

/** The jeugdregio of a youth: from the shipped list where known, else as chosen by the user. */
export function regionOfYouth(youth: { municipalityCode: string; jeugdregio: string }): string {
  return jeugdregioOf(youth.municipalityCode) ?? youth.jeugdregio
}
