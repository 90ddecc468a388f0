/**
 * The numbered tables of the Gemeente-overzicht in reading order: the Overzicht tab top to
 * bottom (as printed), then Per aanbieder, the workbook's Knelpunten, Jongeren, Signalen,
 * Afspraken and Toelichting. A table's number is its place in this list, so screen, print and
 * Excel say the same "Tabel 9" and the numbers rise as one reads; a new table goes in its place.
 */
export const MUNICIPAL_TABLE_ORDER = [
  'keyFigures',
  'stay',
  'outflowDestination',
  'outflowReason',
  'arrangements',
  'totalStatus',
  'change',
  'perPrecondition',
  'perCode',
  'perOwner',
  'eighteenPlus',
  'money',
  'stuck',
  'providers',
  'perProvider',
  'bottleneckList',
  'youths',
  'signals',
  'agreements',
  'about',
  'sources',
  'definitions',
] as const

export type MunicipalTableKey = (typeof MUNICIPAL_TABLE_ORDER)[number]

export const MUNICIPAL_TABLE_NUMBERS = Object.fromEntries(
  MUNICIPAL_TABLE_ORDER.map((key, index) => [key, index + 1]),
) as Record<MunicipalTableKey, number>
