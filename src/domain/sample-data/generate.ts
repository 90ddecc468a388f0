import { addDaysIso, addMonthsIso, ageOn } from '../dates'
import { jeugdregioOf, MUNICIPALITIES } from '../municipalities'
import { PRECONDITION_IDS } from '../preconditions'
import { defaultSettings } from '../settings'
import { isOpenStatus } from '../statuses'
import type { Assessment, Destination, IsoDate, Measure, Settings, Status, Youth } from '../types'
import { createRandom, type Random } from './random'
import {
  ACTIONS,
  CASE_OWNERS,
  FIRST_NAMES,
  GUARDIAN_ORGS,
  LOCATIONS,
  NOTES,
  OWNER_WEIGHTS,
  PROVIDER_NAME,
  SAMPLE_MUNICIPALITIES,
  SURNAME_INITIALS,
} from './vocabulary'

export interface SampleOptions {
  seed: number
  youthCount: number
  today: IsoDate
  /** Monthly reviews of history to simulate before today. */
  months: number
  /** Spread youths over every municipality in the country instead of one region. */
  nationwide?: boolean
}

/** One youth's statuses as they were at each simulated monthly review. */
export interface StatusTimeline {
  youthId: string
  /** Parallel to `SampleDataset.reviewDates`; null before the youth was placed. */
  statuses: (Record<string, Status> | null)[]
}

export interface SampleDataset {
  settings: Settings
  youths: Youth[]
  assessments: Assessment[]
  reviewDates: IsoDate[]
  timelines: StatusTimeline[]
}

const END_REASON_WEIGHTS = [
  ['01', 10],
  ['02', 4],
  ['03', 2],
  ['04', 1],
  ['05', 1],
] as const

const REASONS: Record<string, readonly string[]> = {
  [PRECONDITION_IDS.housing]: ['WON-1', 'WON-2', 'WON-2', 'WON-3', 'WON-4', 'JON-1'],
  [PRECONDITION_IDS.school]: ['SCH-1', 'SCH-2', 'JON-2'],
  [PRECONDITION_IDS.futurePlan]: ['INK-1', 'INK-2', 'INK-3', 'ZRG-1', 'ZRG-3'],
}

const PERSPECTIVES: readonly (readonly [Destination | null, number])[] = [
  ['thuis-netwerk', 18],
  ['kamertraining', 20],
  ['zelfstandig', 14],
  ['gezinshuis', 10],
  ['pleeggezin', 6],
  ['beschermd-wonen', 8],
  ['andere-jeugdhulp', 6],
  ['volwassen-ggz', 3],
  ['wlz', 3],
  ['onbekend', 5],
  [null, 7],
]

const MEASURE_WEIGHTS: readonly (readonly [Measure, number])[] = [
  ['geen', 58],
  ['ots', 27],
  ['voogdij', 10],
  ['jeugdreclassering', 5],
]

const INITIAL: readonly (readonly [Status, number])[] = [
  ['onbekend', 3],
  ['rood', 3],
  ['oranje', 3],
  ['groen', 2],
]

/** Next month's status: most youths move towards groen, some get stuck or fall back. */
function step(random: Random, status: Status, stuck: boolean): Status {
  const r = random.next()
  switch (status) {
    case 'onbekend':
      return r < 0.5 ? 'oranje' : r < 0.8 ? 'rood' : 'onbekend'
    case 'rood':
      return stuck ? 'rood' : r < 0.3 ? 'oranje' : 'rood'
    case 'oranje':
      return r < 0.3 ? 'groen' : r < 0.36 ? 'rood' : 'oranje'
    case 'groen':
      return r < 0.03 ? 'oranje' : 'groen'
    case 'nvt':
      return 'nvt'
  }
}

function municipalityPicker(random: Random, nationwide: boolean): () => string {
  if (!nationwide) return () => random.weighted(SAMPLE_MUNICIPALITIES)
  const codes = MUNICIPALITIES.map((m) => m.code)
  return () => random.pick(codes)
}

function makeYouth(random: Random, index: number, today: IsoDate, municipality: string): Youth {
  const age = random.weighted([
    [12, 2],
    [13, 4],
    [14, 8],
    [15, 12],
    [16, 16],
    [17, 18],
  ] as const)
  const birthDate = addDaysIso(addMonthsIso(today, -12 * age), -random.int(0, 364))
  const maxMonthsPlaced = Math.min(48, (age - 10) * 12)
  const placementDate = addDaysIso(
    addMonthsIso(today, -random.int(1, maxMonthsPlaced)),
    -random.int(0, 27),
  )
  const [location, livingArrangement] = random.pick(LOCATIONS)
  const measure = random.weighted(MEASURE_WEIGHTS)
  const expectedOutflowDate = random.chance(0.75)
    ? addMonthsIso(placementDate, random.int(6, 30))
    : null
  const createdAt = `${addDaysIso(placementDate, random.int(0, 10))}T09:00:00.000Z`
  return {
    id: `sample-${String(index).padStart(6, '0')}`,
    clientRef: `DSB-${String(10000 + index * 7).padStart(6, '0')}`,
    displayName: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAME_INITIALS.split(''))}.`,
    birthDate,
    municipalityCode: municipality,
    jeugdregio: jeugdregioOf(municipality) ?? '',
    location,
    livingArrangement,
    placementDate,
    expectedOutflowDate,
    perspective: random.weighted(PERSPECTIVES),
    measure,
    guardianOrg: measure === 'geen' ? '' : random.pick(GUARDIAN_ORGS),
    caseOwner: random.pick(CASE_OWNERS),
    outflow: null,
    lastReviewDate: null,
    redStreaks: {},
    createdAt: createdAt > `${today}T23` ? `${today}T09:00:00.000Z` : createdAt,
    updatedAt: createdAt > `${today}T23` ? `${today}T09:00:00.000Z` : createdAt,
  }
}

function makeAssessment(
  random: Random,
  youth: Youth,
  preconditionId: string,
  status: Status,
  today: IsoDate,
): Assessment {
  const open = isOpenStatus(status)
  const reasons = REASONS[preconditionId] ?? ['JON-2', 'ORG-1']
  const reasonCodes = open
    ? [...new Set([random.pick(reasons), ...(random.chance(0.2) ? ['ORG-1'] : [])])].sort()
    : []
  return {
    youthId: youth.id,
    preconditionId,
    status,
    reasonCodes,
    note:
      status === 'rood' || status === 'oranje' || status === 'groen'
        ? random.pick(NOTES[preconditionId]?.[status] ?? [''])
        : '',
    action: open ? random.pick(ACTIONS) : '',
    owner: open ? random.weighted(OWNER_WEIGHTS) : null,
    dueDate: open ? addDaysIso(today, random.int(-30, 90)) : null,
    changedBy: youth.caseOwner,
    changedAt: `${today}T10:00:00.000Z`,
  }
}

/** A realistic but entirely fictitious provider: the same seed always gives the same data. */
export function generateSampleDataset(options: SampleOptions): SampleDataset {
  const { seed, youthCount, today, months } = options
  const random = createRandom(seed)
  const settings = {
    ...defaultSettings(new Date(`${today}T12:00:00`)),
    providerName: PROVIDER_NAME,
  }
  settings.locations = LOCATIONS.map(([name]) => name).sort((a, b) => a.localeCompare(b, 'nl'))
  const preconditionIds = settings.preconditions.filter((p) => p.enabled).map((p) => p.id)
  const reviewDates = Array.from({ length: months }, (_, i) => addMonthsIso(today, i - months))
  const pickMunicipality = municipalityPicker(random, options.nationwide ?? false)
  const youths: Youth[] = []
  const assessments: Assessment[] = []
  const timelines: StatusTimeline[] = []

  for (let i = 0; i < youthCount; i++) {
    const youth = makeYouth(random, i, today, pickMunicipality())
    const stuck = new Set(preconditionIds.filter(() => random.chance(0.12)))
    const current: Record<string, Status> = {}
    for (const id of preconditionIds) current[id] = random.weighted(INITIAL)
    const statuses: (Record<string, Status> | null)[] = []
    for (const date of reviewDates) {
      if (date < youth.placementDate) {
        statuses.push(null)
        continue
      }
      for (const id of preconditionIds)
        current[id] = step(random, current[id] ?? 'onbekend', stuck.has(id))
      statuses.push({ ...current })
    }
    // The youth's latest statuses; a few were never assessed on one precondition.
    for (const id of preconditionIds) {
      const applies =
        id !== PRECONDITION_IDS.futurePlan ||
        ageOn(youth.birthDate, today) >= settings.futurePlanAge
      if (!applies || random.chance(0.04)) continue
      const status = current[id] === 'onbekend' ? 'oranje' : (current[id] ?? 'oranje')
      assessments.push(makeAssessment(random, youth, id, status, today))
    }
    // About one in ten left care in the last months, so reports show uitstroom.
    if (youth.placementDate < addMonthsIso(today, -4) && random.chance(0.1)) {
      youth.outflow = {
        date: addDaysIso(today, -random.int(5, 80)),
        destination: youth.perspective ?? 'onbekend',
        reason: random.weighted(END_REASON_WEIGHTS),
        note: '',
      }
    }
    youths.push(youth)
    timelines.push({ youthId: youth.id, statuses })
  }
  return { settings, youths, assessments, reviewDates, timelines }
}
