import type { IsoDate } from '../types'

/** Letters, digits and hyphens only: safe on Windows, macOS and in e-mail attachments. */
export function fileNamePart(text: string, maxLength = 60): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}

/**
 * "Rapportage_Stichting-De-Verre-Horizon_s-Gravenhage_peildatum-2026-02-15.xlsx": provider,
 * scope (gemeente, regio or alle) and peildatum, each sanitised. `dateWord` names the date in
 * the user's language ("reference-date" in English).
 */
export function reportFileName(parts: {
  prefix: string
  provider: string
  scope: string
  peildatum: IsoDate
  extension: string
  dateWord?: string
}): string {
  const pieces = [parts.prefix, parts.provider, parts.scope]
    .map((p) => fileNamePart(p))
    .filter(Boolean)
  const dateWord = parts.dateWord ?? 'peildatum'
  return `${[...pieces, `${dateWord}-${parts.peildatum}`].join('_')}.${parts.extension}`
}
