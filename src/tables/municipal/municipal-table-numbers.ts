/** Table numbers of the Gemeente-overzicht, fixed so screen, print and Excel say the same. */
export const MUNICIPAL_TABLE_NUMBERS = {
  keyFigures: 1,
  totalStatus: 2,
  perPrecondition: 3,
  change: 4,
  stay: 5,
  outflowDestination: 6,
  outflowReason: 7,
  perCode: 8,
  perOwner: 9,
  eighteenPlus: 10,
  money: 11,
  perProvider: 12,
  bottleneckList: 13,
  youths: 14,
  signals: 15,
  agreements: 16,
  about: 17,
  sources: 18,
  definitions: 19,
  providers: 20,
  stuck: 21,
  arrangements: 22,
} as const

export type MunicipalTableKey = keyof typeof MUNICIPAL_TABLE_NUMBERS
