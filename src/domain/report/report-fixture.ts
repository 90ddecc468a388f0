/**
 * Test support (not used by the app): a small fixed history of one provider, written as
 * events in time order. Applying them forward gives today's state and the audit log, exactly
 * as the repositories would have stored them; report tests then check the figures on a past
 * peildatum against numbers worked out by hand (see build-report.test.ts).
 */
import { makeAssessment, makeSettings, makeYouth } from '../test-factories'
import type {
  Assessment,
  AssessmentInput,
  AuditEntry,
  IsoTimestamp,
  Outflow,
  Settings,
  Youth,
} from '../types'
import type { HistoricState } from './point-in-time'

export type FixtureEvent =
  | { at: IsoTimestamp; kind: 'create'; youth: Partial<Youth> & { id: string } }
  | { at: IsoTimestamp; kind: 'update'; id: string; patch: Partial<Youth> }
  | {
      at: IsoTimestamp
      kind: 'assess'
      id: string
      preconditionId: string
      input: Partial<AssessmentInput>
    }
  | { at: IsoTimestamp; kind: 'outflow'; id: string; outflow: Outflow | null }
  | { at: IsoTimestamp; kind: 'settings'; patch: Partial<Settings> }

export interface Fixture {
  current: HistoricState
  /** Newest first, as the report needs it. */
  audit: AuditEntry[]
}

/** Applies the events in order, recording an audit entry for each as the repositories do. */
export function applyEvents(base: Settings, events: readonly FixtureEvent[]): Fixture {
  const youths = new Map<string, Youth>()
  const assessments = new Map<string, Map<string, Assessment>>()
  let settings = base
  const audit: AuditEntry[] = []
  let id = 1
  const log = (entry: Omit<AuditEntry, 'id' | 'actor'>) =>
    audit.push({ ...entry, id: id++, actor: 'Test' })
  for (const e of events) {
    switch (e.kind) {
      case 'create': {
        const youth = makeYouth({ createdAt: e.at, updatedAt: e.at, ...e.youth })
        youths.set(youth.id, youth)
        log({
          at: e.at,
          kind: 'youth',
          youthId: youth.id,
          preconditionId: null,
          before: null,
          after: youth,
        })
        break
      }
      case 'update': {
        const before = youths.get(e.id) as Youth
        const after = { ...before, ...e.patch, updatedAt: e.at }
        youths.set(e.id, after)
        log({ at: e.at, kind: 'youth', youthId: e.id, preconditionId: null, before, after })
        break
      }
      case 'assess': {
        const byPrecondition = assessments.get(e.id) ?? new Map<string, Assessment>()
        assessments.set(e.id, byPrecondition)
        const before = byPrecondition.get(e.preconditionId) ?? null
        const after = makeAssessment({
          youthId: e.id,
          preconditionId: e.preconditionId,
          status: 'onbekend',
          ...e.input,
          changedAt: e.at,
        })
        byPrecondition.set(e.preconditionId, after)
        log({
          at: e.at,
          kind: 'assessment',
          youthId: e.id,
          preconditionId: e.preconditionId,
          before,
          after,
        })
        break
      }
      case 'outflow': {
        const youth = youths.get(e.id) as Youth
        youths.set(e.id, { ...youth, outflow: e.outflow, updatedAt: e.at })
        log({
          at: e.at,
          kind: 'outflow',
          youthId: e.id,
          preconditionId: null,
          before: youth.outflow,
          after: e.outflow,
        })
        break
      }
      case 'settings': {
        const before = settings
        settings = { ...settings, ...e.patch }
        log({
          at: e.at,
          kind: 'settings',
          youthId: null,
          preconditionId: null,
          before,
          after: settings,
        })
        break
      }
    }
  }
  audit.reverse()
  return { current: { youths, assessments, settings }, audit }
}

/** Reporting every six weeks from Monday 5 January 2026. */
export const FIXTURE_SETTINGS = makeSettings({
  providerName: 'Stichting Testzorg',
  reportAnchorDate: '2026-01-05',
  reportPeriodWeeks: 6,
})

/** The day the fixture's figures are looked at: in the fourth period (P3). */
export const FIXTURE_TODAY = '2026-05-20'

const JAN = '2026-01-10T10:00:00.000Z'
const W = 'wonen'
const S = 'school'
const T = 'toekomstplan'

/**
 * Ten youths. Period P1 runs 16-02-2026 to 29-03-2026 (peildatum); the previous peildatum is
 * 15-02-2026. The comments say how each youth stands on both dates.
 */
export const FIXTURE_EVENTS: FixtureEvent[] = [
  // H1 Den Haag, 17, placed 01-03-2025, beoogd 01-03-2026 (28 days over on the peildatum).
  // Wonen oranje on 15-02, rood WON-2 on 29-03 (gemeente, streefdatum passed), groen in April.
  {
    at: '2025-03-01T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h1',
      clientRef: 'H-01',
      displayName: 'Anna',
      birthDate: '2008-06-10',
      placementDate: '2025-03-01',
      expectedOutflowDate: '2026-03-01',
      perspective: 'kamertraining',
    },
  },
  {
    at: '2025-03-02T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h3',
      clientRef: 'H-03',
      displayName: 'Bram',
      birthDate: '2008-12-01',
      placementDate: '2024-01-15',
      expectedOutflowDate: '2026-12-31',
      perspective: 'zelfstandig',
    },
  },
  {
    at: '2025-06-01T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h5',
      clientRef: 'H-05',
      displayName: '=HYPERLINK("x")',
      birthDate: '2010-05-05',
      placementDate: '2025-06-01',
      expectedOutflowDate: null,
      perspective: 'thuis-netwerk',
    },
  },
  {
    at: '2025-09-01T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h4',
      clientRef: 'H-04',
      birthDate: '2008-11-15',
      placementDate: '2025-09-01',
      expectedOutflowDate: '2026-09-01',
      perspective: 'beschermd-wonen',
    },
  },
  {
    at: '2024-06-01T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h6',
      clientRef: 'H-06',
      municipalityCode: 'GM0599',
      birthDate: '2008-04-01',
      placementDate: '2024-06-01',
      expectedOutflowDate: '2026-02-01',
      perspective: 'pleeggezin',
    },
  },
  {
    at: '2025-12-01T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h8',
      clientRef: 'H-08',
      municipalityCode: 'GM0599',
      birthDate: '2011-02-01',
      placementDate: '2025-12-01',
      expectedOutflowDate: null,
      perspective: 'gezinshuis',
    },
  },
  {
    at: '2025-11-01T09:00:00.000Z',
    kind: 'create',
    youth: { id: 'h9', clientRef: 'H-09', birthDate: '2009-01-01', placementDate: '2025-02-01' },
  },
  {
    at: '2025-12-01T10:00:00.000Z',
    kind: 'assess',
    id: 'h3',
    preconditionId: W,
    input: { status: 'groen' },
  },
  {
    at: '2025-12-01T10:00:00.000Z',
    kind: 'assess',
    id: 'h3',
    preconditionId: S,
    input: { status: 'groen' },
  },
  {
    at: '2025-12-01T10:00:00.000Z',
    kind: 'assess',
    id: 'h3',
    preconditionId: T,
    input: { status: 'groen' },
  },
  {
    at: JAN,
    kind: 'assess',
    id: 'h1',
    preconditionId: W,
    input: { status: 'oranje', reasonCodes: ['WON-2'] },
  },
  { at: JAN, kind: 'assess', id: 'h1', preconditionId: S, input: { status: 'groen' } },
  {
    at: JAN,
    kind: 'assess',
    id: 'h1',
    preconditionId: T,
    input: {
      status: 'oranje',
      reasonCodes: ['INK-1'],
      owner: 'aanbieder',
      dueDate: '2026-06-01',
      action: 'Uitkering aanvragen',
    },
  },
  { at: JAN, kind: 'assess', id: 'h4', preconditionId: W, input: { status: 'groen' } },
  { at: JAN, kind: 'assess', id: 'h4', preconditionId: S, input: { status: 'groen' } },
  { at: JAN, kind: 'assess', id: 'h4', preconditionId: T, input: { status: 'groen' } },
  {
    at: JAN,
    kind: 'assess',
    id: 'h5',
    preconditionId: W,
    input: { status: 'oranje', reasonCodes: ['WON-3'], owner: 'woningcorporatie' },
  },
  {
    at: JAN,
    kind: 'assess',
    id: 'h5',
    preconditionId: S,
    input: {
      status: 'rood',
      reasonCodes: ['SCH-2'],
      owner: 'school',
      dueDate: '2026-03-01',
      action: '-1+1 overleg; met school',
    },
  },
  {
    at: JAN,
    kind: 'assess',
    id: 'h6',
    preconditionId: W,
    input: { status: 'rood', reasonCodes: ['WON-2'], owner: 'gemeente', dueDate: '2026-02-01' },
  },
  {
    at: JAN,
    kind: 'assess',
    id: 'h6',
    preconditionId: S,
    input: {
      status: 'oranje',
      reasonCodes: ['SCH-1', 'JON-1'],
      owner: 'school',
      dueDate: '2026-05-01',
    },
  },
  {
    at: JAN,
    kind: 'assess',
    id: 'h6',
    preconditionId: T,
    input: { status: 'rood', reasonCodes: ['ZRG-1'], owner: 'gemeente' },
  },
  {
    at: JAN,
    kind: 'assess',
    id: 'h8',
    preconditionId: W,
    input: { status: 'oranje', reasonCodes: ['WON-2'], owner: 'aanbieder' },
  },
  { at: JAN, kind: 'assess', id: 'h8', preconditionId: S, input: { status: 'oranje' } },
  // H9 left before the previous peildatum.
  {
    at: '2026-02-01T10:00:00.000Z',
    kind: 'outflow',
    id: 'h9',
    outflow: { date: '2026-01-31', destination: 'thuis-netwerk', reason: '01', note: '' },
  },
  // H2 Den Haag, 14: placed within the period.
  {
    at: '2026-02-20T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h2',
      clientRef: 'H-02',
      birthDate: '2012-01-20',
      placementDate: '2026-02-20',
      expectedOutflowDate: null,
      perspective: null,
    },
  },
  {
    at: '2026-02-21T10:00:00.000Z',
    kind: 'assess',
    id: 'h2',
    preconditionId: W,
    input: {
      status: 'rood',
      reasonCodes: ['WON-1', 'JON-1'],
      owner: 'woningcorporatie',
      dueDate: '2026-04-30',
      action: 'Urgentie aanvragen',
    },
  },
  {
    at: '2026-03-10T10:00:00.000Z',
    kind: 'assess',
    id: 'h1',
    preconditionId: W,
    input: {
      status: 'rood',
      reasonCodes: ['WON-2'],
      owner: 'gemeente',
      dueDate: '2026-03-15',
      action: 'Aanmelden kamertraining',
    },
  },
  // H4 left within the period, registered the same day.
  {
    at: '2026-03-20T10:00:00.000Z',
    kind: 'outflow',
    id: 'h4',
    outflow: { date: '2026-03-20', destination: 'beschermd-wonen', reason: '01', note: '' },
  },
  // --- after the peildatum 29-03-2026: none of this may change the P1 report ---
  {
    at: '2026-04-01T09:00:00.000Z',
    kind: 'create',
    youth: { id: 'h10', clientRef: 'H-10', birthDate: '2010-01-01', placementDate: '2026-04-01' },
  },
  {
    at: '2026-04-05T10:00:00.000Z',
    kind: 'assess',
    id: 'h1',
    preconditionId: W,
    input: { status: 'groen' },
  },
  // H5's uitstroom on 25-03 was only registered in April: on the peildatum it was still placed.
  {
    at: '2026-04-10T10:00:00.000Z',
    kind: 'outflow',
    id: 'h5',
    outflow: { date: '2026-03-25', destination: 'thuis-netwerk', reason: '02', note: '' },
  },
  // H7 was placed on 01-03 but only entered in April: unknown on the peildatum.
  {
    at: '2026-04-15T09:00:00.000Z',
    kind: 'create',
    youth: {
      id: 'h7',
      clientRef: 'H-07',
      municipalityCode: 'GM0599',
      birthDate: '2009-05-01',
      placementDate: '2026-03-01',
    },
  },
  {
    at: '2026-04-15T10:00:00.000Z',
    kind: 'assess',
    id: 'h7',
    preconditionId: W,
    input: { status: 'rood', reasonCodes: ['WON-1'] },
  },
  // H8 moved from Rotterdam to Den Haag in April.
  {
    at: '2026-04-20T10:00:00.000Z',
    kind: 'update',
    id: 'h8',
    patch: { municipalityCode: 'GM0518', jeugdregio: 'Haaglanden' },
  },
  {
    at: '2026-04-25T10:00:00.000Z',
    kind: 'settings',
    patch: {
      preconditions: FIXTURE_SETTINGS.preconditions.map((p) =>
        p.id === 'vervolghulp' ? { ...p, enabled: true } : p,
      ),
    },
  },
  {
    at: '2026-04-26T10:00:00.000Z',
    kind: 'assess',
    id: 'h3',
    preconditionId: 'vervolghulp',
    input: { status: 'rood', reasonCodes: ['ZRG-2'] },
  },
  {
    at: '2026-05-02T10:00:00.000Z',
    kind: 'assess',
    id: 'h3',
    preconditionId: S,
    input: { status: 'rood', reasonCodes: ['SCH-2'] },
  },
]

export function fixture(): Fixture {
  return applyEvents(FIXTURE_SETTINGS, FIXTURE_EVENTS)
}
