import type { Destination, LivingArrangement, Owner } from '../../types'
import type { FileScope } from '../../municipal/types'

/** Fictitious providers for the sample uitwisselbestanden: no real organisation is meant. */
export interface SampleProvider {
  name: string
  /** Prefix of its pseudonymous cliëntnummers. */
  refPrefix: string
  /** One file per scope per period. */
  scopes: FileScope[]
  /** Where its youths come from: CBS code and weight. */
  municipalities: readonly (readonly [string, number])[]
  /** Youths placed at the start. */
  size: number
  /** Its periods end this many days before the ronde date: peildata differ per provider. */
  offsetDays: number
  /** Rondes (0 = oldest) for which it delivers no file: *ontbreekt*. */
  skips: readonly number[]
  /** Randvoorwaarden besides Wonen, School & dagbesteding and Toekomstplan 18+. */
  extraPreconditions: readonly { id: string; name: string }[]
  /** 0: like most; 1: far worse than the rest (stuck rood, long past the uitstroomdatum). */
  trouble: number
  arrangements: readonly (readonly [LivingArrangement, number])[]
  /** Signalen per ronde, repeated; an empty text means none that ronde. */
  signals: readonly string[]
}

const HAAGLANDEN_GEMEENTEN = [
  ['GM0518', 40],
  ['GM0637', 12],
  ['GM0503', 10],
  ['GM1783', 9],
  ['GM1916', 8],
  ['GM0603', 6],
  ['GM1926', 5],
  ['GM0629', 3],
  ['GM1842', 2],
] as const

const HAAG = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const HAAGLANDEN = { kind: 'regio', name: 'Haaglanden' } as const

export const SAMPLE_PROVIDERS: readonly SampleProvider[] = [
  {
    name: 'Stichting De Linde (fictief)',
    refPrefix: 'LIN',
    scopes: [HAAGLANDEN],
    municipalities: HAAGLANDEN_GEMEENTEN,
    size: 38,
    offsetDays: 0,
    skips: [],
    extraPreconditions: [],
    trouble: 0,
    arrangements: [
      ['open-residentieel', 5],
      ['behandelgroep', 3],
      ['kamertraining', 3],
    ],
    signals: [
      'Wachtlijst kamertraining loopt op: 9 jongeren wachten langer dan 6 maanden (WON-2).',
      'Twee jongeren konden dankzij de nieuwe urgentieregeling uitstromen naar een eigen woning.',
      '',
    ],
  },
  {
    name: 'Jeugdhuis Zonnehoek (fictief)',
    refPrefix: 'ZON',
    scopes: [HAAG, { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' }],
    municipalities: [
      ['GM0518', 3],
      ['GM0599', 2],
    ],
    size: 30,
    offsetDays: 2,
    skips: [],
    extraPreconditions: [],
    trouble: 0,
    arrangements: [
      ['gezinshuis', 2],
      ['open-residentieel', 3],
      ['crisisopvang', 1],
    ],
    signals: ['', 'Crisisopvang vaak vol; plaatsingen duren langer dan de bedoelde vier weken.'],
  },
  {
    name: 'Horizon Jeugdzorg (fictief)',
    refPrefix: 'HOR',
    scopes: [{ kind: 'all', name: 'Alle gemeenten' }],
    municipalities: [
      ['GM0518', 10],
      ['GM0637', 4],
      ['GM0599', 8],
      ['GM0344', 6],
      ['GM0363', 6],
      ['GM0772', 3],
    ],
    size: 46,
    offsetDays: 0,
    skips: [],
    extraPreconditions: [],
    trouble: 0,
    arrangements: [
      ['gesloten', 3],
      ['behandelgroep', 4],
      ['open-residentieel', 2],
    ],
    signals: [
      'Landelijk: uitstroom uit gesloten jeugdhulp stokt op gebrek aan vervolgplekken.',
      'Verlengde jeugdhulp na 18 wordt per gemeente anders beoordeeld; dat vertraagt plannen.',
    ],
  },
  {
    name: 'Stichting Het Anker (fictief)',
    refPrefix: 'ANK',
    scopes: [HAAG],
    municipalities: [['GM0518', 1]],
    size: 24,
    offsetDays: 4,
    skips: [5],
    extraPreconditions: [],
    trouble: 0,
    arrangements: [
      ['kamertraining', 4],
      ['open-residentieel', 2],
    ],
    signals: ['Vier jongeren wachten op een beschikking voor begeleid wonen (ZRG-2).'],
  },
  {
    name: 'Jeugdzorg De Vlonder (fictief)',
    refPrefix: 'VLO',
    scopes: [HAAGLANDEN],
    municipalities: HAAGLANDEN_GEMEENTEN,
    size: 20,
    offsetDays: 7,
    skips: [],
    extraPreconditions: [{ id: 'eigen-dagritme', name: 'Dagritme & vrije tijd' }],
    trouble: 0,
    arrangements: [
      ['behandelgroep', 2],
      ['open-residentieel', 2],
    ],
    signals: ['', 'Dagbesteding voor jongeren zonder school: te weinig plekken in de regio.'],
  },
  {
    name: 'Gezinshuizen Noordster (fictief)',
    refPrefix: 'NRD',
    scopes: [HAAG],
    municipalities: [['GM0518', 1]],
    size: 18,
    offsetDays: 1,
    skips: [],
    extraPreconditions: [],
    trouble: 1,
    arrangements: [['gezinshuis', 1]],
    signals: [
      'Geen enkele jongere kon dit jaar doorstromen: vervolgplekken pleegzorg en gezinshuis ontbreken, en de woningcorporatie wijst urgentie af.',
    ],
  },
  {
    name: 'Stichting Kompas Jeugd (fictief)',
    refPrefix: 'KMP',
    scopes: [HAAGLANDEN],
    municipalities: HAAGLANDEN_GEMEENTEN,
    size: 22,
    offsetDays: 9,
    skips: [2],
    extraPreconditions: [{ id: 'vervolghulp', name: 'Vervolghulp & financiering' }],
    trouble: 0,
    arrangements: [
      ['pleegzorg', 3],
      ['gezinshuis', 1],
    ],
    signals: ['Financieringsgeschil woonplaatsbeginsel loopt al drie maanden (ZRG-4).', ''],
  },
  {
    name: 'Zorgboerderij De Klaver (fictief)',
    refPrefix: 'KLV',
    scopes: [{ kind: 'gemeente', code: 'GM0637', name: 'Zoetermeer' }],
    municipalities: [['GM0637', 1]],
    size: 11,
    offsetDays: 3,
    skips: [],
    extraPreconditions: [{ id: 'netwerk', name: 'Netwerk & gezin' }],
    trouble: 0,
    arrangements: [
      ['overig', 1],
      ['kamertraining', 1],
    ],
    signals: [''],
  },
]

/** Knelpuntcodes per randvoorwaarde, each code in one group only. */
export const SAMPLE_CODES: Record<string, readonly string[]> = {
  wonen: ['WON-1', 'WON-2', 'WON-2', 'WON-2', 'WON-3', 'WON-4'],
  school: ['SCH-1', 'SCH-2', 'SCH-2', 'JON-2'],
  toekomstplan: ['INK-1', 'INK-2', 'INK-3', 'ZRG-1', 'ZRG-3'],
  vervolghulp: ['ZRG-2', 'ZRG-4', 'AAN-1'],
  netwerk: ['NET-1', 'NET-2'],
  'eigen-dagritme': ['ORG-1', 'JON-1', 'OVR'],
}

/** Who acts per randvoorwaarde, by weight. */
export const SAMPLE_OWNERS: Record<string, readonly (readonly [Owner, number])[]> = {
  wonen: [
    ['gemeente', 4],
    ['woningcorporatie', 3],
    ['aanbieder', 2],
  ],
  school: [
    ['school', 3],
    ['gemeente', 2],
    ['aanbieder', 2],
  ],
  toekomstplan: [
    ['aanbieder', 4],
    ['jongere-ouders', 2],
    ['gemeente', 2],
    ['zorgverzekeraar', 1],
  ],
  vervolghulp: [
    ['gemeente', 3],
    ['wlz-ciz', 1],
  ],
  netwerk: [
    ['aanbieder', 2],
    ['gi', 1],
  ],
  'eigen-dagritme': [['aanbieder', 1]],
}

export const SAMPLE_ACTIONS: Record<string, readonly string[]> = {
  wonen: [
    'Aanmelden bij kamertraining',
    'Urgentieaanvraag opvolgen',
    'Gezinshuis zoeken via toegang',
  ],
  school: ['Gesprek met mbo over instroom', 'Dagbesteding regelen', 'Leerplicht inschakelen'],
  toekomstplan: [
    'DigiD en zorgverzekering regelen',
    'Aanvraag verlengde jeugdhulp',
    'Budgetcoach inschakelen',
  ],
  vervolghulp: ['Beschikking aanvragen', 'Overleg over woonplaatsbeginsel'],
  netwerk: ['Netwerkberaad organiseren', 'Steunfiguur zoeken'],
  'eigen-dagritme': ['Sportclub zoeken', 'Weekritme afspreken'],
}

export const SAMPLE_PERSPECTIVES: readonly (readonly [Destination | null, number])[] = [
  ['thuis-netwerk', 18],
  ['kamertraining', 20],
  ['zelfstandig', 14],
  ['gezinshuis', 10],
  ['pleeggezin', 6],
  ['beschermd-wonen', 8],
  ['andere-jeugdhulp', 6],
  ['volwassen-ggz', 3],
  ['onbekend', 5],
  [null, 5],
]
