import type { LivingArrangement, Owner } from '../types'

/** Fictitious vocabulary for sample data: no real people, providers or guardianship bodies. */
export const FIRST_NAMES = [
  'Noah',
  'Sem',
  'Liam',
  'Lucas',
  'Daan',
  'Finn',
  'Levi',
  'Milan',
  'Bram',
  'Luuk',
  'Jesse',
  'Mees',
  'Thijs',
  'Ayoub',
  'Mohammed',
  'Emma',
  'Julia',
  'Mila',
  'Tess',
  'Sophie',
  'Zoë',
  'Sara',
  'Nora',
  'Yara',
  'Eva',
  'Lotte',
  'Fenna',
  'Noor',
  'Amira',
  'Lina',
  'Fleur',
  'Sanne',
]
export const SURNAME_INITIALS = 'ABDGHJKLMNPRSTVWY'
export const CASE_OWNERS = [
  'A. Bakker',
  'R. Jansen',
  'S. El Amrani',
  'M. de Wit',
  'L. Visser',
  'T. Smit',
  'K. Mulder',
]
export const GUARDIAN_ORGS = ['GI Voorbeeldregio (fictief)', 'Jeugdbescherming Fictiefland']
export const PROVIDER_NAME = 'Stichting De Verre Horizon (fictief)'

export const LOCATIONS: readonly (readonly [string, LivingArrangement])[] = [
  ['Groep De Duinroos', 'open-residentieel'],
  ['Groep Het Baken', 'behandelgroep'],
  ['Gezinshuis De Linde', 'gezinshuis'],
  ['Gezinshuis Zonnehoek', 'gezinshuis'],
  ['Kamertraining Het Anker', 'kamertraining'],
  ['Pleegzorg regio West', 'pleegzorg'],
  ['Crisisgroep De Haven', 'crisisopvang'],
]

/** Municipalities of one fictitious provider's catchment area (Zuid-Holland). */
export const SAMPLE_MUNICIPALITIES: readonly (readonly [string, number])[] = [
  ['GM0518', 30],
  ['GM0599', 14],
  ['GM0637', 10],
  ['GM0546', 9],
  ['GM0503', 8],
  ['GM1916', 6],
  ['GM1783', 6],
  ['GM0603', 5],
  ['GM1926', 4],
  ['GM0629', 3],
]

/** Notes per precondition and status, so the sample reads like a real case file. */
export const NOTES: Record<
  string,
  Partial<Record<'rood' | 'oranje' | 'groen', readonly string[]>>
> = {
  wonen: {
    rood: [
      'Geen passende vervolgplek in de regio; aanmeldingen afgewezen.',
      'Wachtlijst kamertraining langer dan een jaar.',
      'Urgentie afgewezen; geen betaalbare woning in zicht.',
    ],
    oranje: [
      'Aanmelding kamertraining loopt, intakegesprek gepland.',
      'Urgentieaanvraag ingediend bij de corporatie.',
      'Gezinshuis in beeld, kennismaking volgt.',
    ],
    groen: ['Vervolgplek toegezegd per verwachte datum.', 'Woning via corporatie toegewezen.'],
  },
  school: {
    rood: ['Thuiszitter sinds de zomer; geen school gevonden.', 'Geen dagbesteding geregeld.'],
    oranje: ['Gesprek met mbo over instroom na de kerst.', 'Proefplaatsing dagbesteding loopt.'],
    groen: ['Inschrijving school bevestigd.', 'Stageplek en opleiding geregeld.'],
  },
  toekomstplan: {
    rood: ['Nog geen plan voor na 18; jongere wil er niet over praten.'],
    oranje: [
      'Plan in voorbereiding met mentor en ouders.',
      'DigiD en zorgverzekering nog niet geregeld.',
    ],
    groen: ['Plan vastgesteld met de jongere; zaken na 18 geregeld.'],
  },
}

export const ACTIONS: readonly string[] = [
  'Opnieuw aanmelden bij vervolgaanbieder',
  'Overleg met toegang over beschikking',
  'Urgentieaanvraag opvolgen',
  'DigiD en zorgverzekering regelen met jongere',
  'Gesprek met school over plaatsing',
  'Netwerkberaad organiseren',
]

export const OWNER_WEIGHTS: readonly (readonly [Owner, number])[] = [
  ['aanbieder', 40],
  ['gemeente', 25],
  ['woningcorporatie', 10],
  ['gi', 8],
  ['school', 7],
  ['jongere-ouders', 6],
  ['wlz-ciz', 2],
  ['zorgverzekeraar', 2],
]
