import type { Youth } from '../../src/domain/types'
import type { YouthInput, YouthValues } from '../../src/domain/youth-input'

/**
 * Test-data factories for youths: a plausible, valid value with overrides.
 * Fixed dates only — tests never depend on the real current date.
 */

/** Sem, 16, placed in a gezinshuis in February 2025: the fields a user fills in. */
const SEM = {
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
} as const satisfies YouthValues & YouthInput

/** The stored youth record, entered on the day of placement. */
export function makeYouth(overrides: Partial<Youth> = {}): Youth {
  return {
    id: 'youth-1',
    ...SEM,
    outflow: null,
    lastReviewDate: null,
    redStreaks: {},
    createdAt: '2025-02-01T09:00:00.000Z',
    updatedAt: '2025-02-01T09:00:00.000Z',
    ...overrides,
  }
}

/** A valid youth as the form hands it to the repository (no beoogde uitstroomdatum yet). */
export function makeYouthValues(overrides: Partial<YouthValues> = {}): YouthValues {
  return { ...SEM, clientRef: 'K-001', expectedOutflowDate: null, ...overrides }
}

/** The same youth as the form's raw strings, before parsing. */
export function makeYouthInput(overrides: Partial<YouthInput> = {}): YouthInput {
  return { ...SEM, ...overrides }
}
