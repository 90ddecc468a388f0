/**
 * What a person typed, and the names of people (youths and staff alike), encrypted at rest,
 * per table (dotted paths go one level deep). What stays plain, and why: everything an index
 * uses (ids, cliëntnummer, dates, statuses; ciphertext breaks indexes), values chosen from
 * fixed lists (gemeente, verblijfsvorm, eigenaar, knelpuntcodes, statuses) and counts; the
 * cliëntnummer is the provider's own pseudonym. The README of this folder lists every field.
 * Adding a field here raises PROTECTED_FIELDS_VERSION: the next unlock seals what an older
 * version left plain.
 */
export const PROTECTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // `syncConflicts` (here and below): both values of a field two laptops changed, with who
  // made each — as personal as the field itself, so the whole list is sealed.
  youths: [
    'displayName',
    'note',
    'outflow.note',
    'caseOwner',
    'guardianOrg',
    'location',
    'syncConflicts',
  ],
  // Kept for the records of schema v4 and before (and back-up sections named so).
  assessments: ['note', 'action', 'changedBy'],
  // Whole old/new values: they hold notes, actions and roepnamen; `lines`: an import's batch.
  audit: ['before', 'after', 'lines', 'actor'],
  reportNotes: ['text', 'updatedBy', 'syncConflicts'],
  reviews: ['participants', 'startedBy', 'closedBy', 'syncConflicts'],
  reviewItems: ['discussedBy', 'syncConflicts'],
  // A loaded uitwisselbestand as a whole: its youth rows, actions and signalen, and the name
  // it was saved under. Its key, provider, scope and peildatum stay plain for the indexes.
  exchangeFiles: ['file', 'fileName'],
  // Afspraken are free text; provider and ronde stay plain. `history` holds old texts, so it
  // is sealed with `text`; `clientRef` is the field of records from before schema v8.
  agreements: [
    'text',
    'clientRef',
    'clientRefs',
    'reasonCode',
    'response',
    'history',
    'syncConflicts',
  ],
  // The provider's side: the gemeente's afspraak (text, cliëntnummers) and its own Voortgang.
  receivedAgreements: ['agreement', 'progress'],
  // Who saved the app settings, and what was typed into them (names, criteria, locaties that
  // may carry a family's name). The encryption configuration itself has none of these fields.
  settings: [
    'versionBy',
    'value.providerName',
    'value.preconditions',
    'value.reasonCodes',
    'value.locations',
    'syncConflicts',
  ],
  // Team sync's bookkeeping: a youth that arrived with a cliëntnummer this laptop already has
  // waits here whole (`record`) until a person decides (docs/sync-design.md §6).
  syncMeta: ['record'],
}

/**
 * Raised whenever PROTECTED_FIELDS grows; stored with the configuration (crypto-config.ts).
 * Not raised for `syncConflicts`, `syncMeta.record` and a review's `closedBy`: no earlier version wrote them, so no
 * record holds them in plain text and a re-encryption pass would seal nothing. Raised to 3 for
 * the afspraken's `clientRefs`, `response` and `history` (issue 22).
 */
export const PROTECTED_FIELDS_VERSION = 3

/**
 * Records stored inside another table's records, sealed each on their own as records of the
 * named table: a youth's assessments (schema v5) are sealed like the assessments table's were,
 * so the upgrade can move sealed ones into their youth while the app is still locked.
 */
export const EMBEDDED_RECORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  youths: { assessments: 'assessments' },
}

/** The property that holds the ciphertext of a record's protected fields. */
export const SEALED_PROPERTY = '__sealed'

export function protectedTables(): string[] {
  return Object.keys(PROTECTED_FIELDS)
}
