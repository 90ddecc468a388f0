import { defaultSettings } from './settings'
import type { Assessment, Settings, Youth } from './types'

/**
 * Test-data factories for domain tests: a plausible, valid value with overrides.
 * Fixed dates only — tests never depend on the real current date.
 */

/** A 16-year-old placed in a gezinshuis in 2025, entered on the day of placement. */
export function makeYouth(overrides: Partial<Youth> = {}): Youth {
  return {
    id: 'youth-1',
    clientRef: 'K-2025-017',
    displayName: 'Sem',
    birthDate: '2010-03-10',
    municipalityCode: 'GM0518',
    jeugdregio: '',
    location: 'Gezinshuis De Linde',
    livingArrangement: 'gezinshuis',
    placementDate: '2025-02-01',
    expectedOutflowDate: '2027-01-31',
    perspective: 'kamertraining',
    measure: 'geen',
    guardianOrg: '',
    caseOwner: 'A. Bakker',
    outflow: null,
    lastReviewDate: null,
    redStreaks: {},
    createdAt: '2025-02-01T09:00:00.000Z',
    updatedAt: '2025-02-01T09:00:00.000Z',
    ...overrides,
  }
}

/** An oranje assessment of Wonen without knelpunten, action or streefdatum. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    youthId: 'youth-1',
    preconditionId: 'wonen',
    status: 'oranje',
    reasonCodes: [],
    note: '',
    action: '',
    owner: null,
    dueDate: null,
    changedBy: 'A. Bakker',
    changedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}

/** The real default settings (as on 15 January 2026), with overrides. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(new Date('2026-01-15T12:00:00')), ...overrides }
}
