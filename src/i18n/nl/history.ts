import type { TrackedYouthField } from '../../domain/audit'

export const nlHistory = {
  empty: 'Nog geen wijzigingen.',
  none: 'geen',
  assessmentChanged: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
  assessmentDetails: (name: string, status: string) =>
    `${name} (${status}): toelichting, knelpunten of actie bijgewerkt`,
  created: 'Jongere toegevoegd',
  updated: (fields: string) => `Gegevens gewijzigd: ${fields}`,
  outflow: 'Uitstroom geregistreerd',
  outflowUndone: 'Uitstroom teruggedraaid',
  other: 'Gewijzigd',
  fields: {
    clientRef: 'cliëntnummer',
    displayName: 'roepnaam',
    birthDate: 'geboortedatum',
    municipalityCode: 'gemeente',
    jeugdregio: 'jeugdregio',
    location: 'locatie',
    livingArrangement: 'verblijfsvorm',
    placementDate: 'plaatsingsdatum',
    expectedOutflowDate: 'beoogde uitstroomdatum',
    perspective: 'perspectief',
    measure: 'maatregel',
    guardianOrg: 'GI',
    caseOwner: 'regiebehandelaar',
  } satisfies Record<TrackedYouthField, string>,
}
