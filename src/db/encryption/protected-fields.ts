/**
 * The personal and free-text fields that are encrypted at rest, per table (dotted paths go
 * one level deep). Everything an index uses (ids, cliëntnummer, gemeente, dates) stays plain,
 * so queries keep working; the cliëntnummer is the provider's own pseudonym.
 */
export const PROTECTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  youths: ['displayName', 'note', 'outflow.note'],
  // Kept for the records of schema v4 and before (and back-up sections named so).
  assessments: ['note', 'action'],
  // Whole old/new values: they hold notes, actions and roepnamen; `lines`: an import's batch.
  audit: ['before', 'after', 'lines'],
  reportNotes: ['text'],
  reviews: ['participants'],
  // A loaded uitwisselbestand as a whole: its youth rows, actions and signalen. Its key,
  // provider, scope and peildatum stay plain for the indexes.
  exchangeFiles: ['file'],
  // Afspraken are free text; provider, ronde and cliëntnummer stay plain.
  agreements: ['text'],
}

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
