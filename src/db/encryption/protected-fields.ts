/**
 * The personal and free-text fields that are encrypted at rest, per table (dotted paths go
 * one level deep). Everything an index uses (ids, cliëntnummer, gemeente, dates) stays plain,
 * so queries keep working; the cliëntnummer is the provider's own pseudonym.
 */
export const PROTECTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  youths: ['displayName', 'note', 'outflow.note'],
  assessments: ['note', 'action'],
  // Whole old/new values: they hold notes, actions and roepnamen.
  audit: ['before', 'after'],
  reportNotes: ['text'],
  reviews: ['participants'],
  // A loaded uitwisselbestand as a whole: its youth rows, actions and signalen. Its key,
  // provider, scope and peildatum stay plain for the indexes.
  exchangeFiles: ['file'],
  // Afspraken are free text; provider, ronde and cliëntnummer stay plain.
  agreements: ['text'],
}

/** The property that holds the ciphertext of a record's protected fields. */
export const SEALED_PROPERTY = '__sealed'

export function protectedTables(): string[] {
  return Object.keys(PROTECTED_FIELDS)
}
