import type { nlHistory } from '../nl/history'

export const enHistory: typeof nlHistory = {
  empty: 'No changes yet.',
  none: 'none',
  assessmentChanged: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
  assessmentDetails: (name: string, status: string) =>
    `${name} (${status}): note, bottlenecks or action updated`,
  created: 'Youth added',
  updated: (fields: string) => `Details changed: ${fields}`,
  outflow: 'Outflow registered',
  outflowUndone: 'Outflow undone',
  other: 'Changed',
  fields: {
    clientRef: 'client number',
    displayName: 'first name',
    birthDate: 'date of birth',
    municipalityCode: 'municipality',
    jeugdregio: 'youth care region',
    location: 'location',
    livingArrangement: 'type of placement',
    placementDate: 'placement date',
    expectedOutflowDate: 'expected outflow date',
    perspective: 'perspective',
    measure: 'measure',
    guardianOrg: 'guardianship body',
    caseOwner: 'case owner',
  },
}
