import type { YouthValues } from '../../src/domain/youth-input'

/** A valid youth as the form would hand it to the repository, with overrides. */
export function makeYouthValues(overrides: Partial<YouthValues> = {}): YouthValues {
  return {
    clientRef: 'K-001',
    displayName: 'Sem',
    birthDate: '2010-03-10',
    municipalityCode: 'GM0518',
    jeugdregio: '',
    location: 'Gezinshuis De Linde',
    livingArrangement: 'gezinshuis',
    placementDate: '2025-02-01',
    expectedOutflowDate: null,
    perspective: 'kamertraining',
    measure: 'geen',
    guardianOrg: '',
    caseOwner: 'A. Bakker',
    ...overrides,
  }
}
