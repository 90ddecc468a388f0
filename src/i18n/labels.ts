import type { Dictionary } from './nl'

/*
 * Names of user-configurable things in a given dictionary. Kept apart from index.ts (which
 * reads the language store) so the export writers can use them without React or zustand.
 */

/** The display name of a precondition: the user's own name, else the built-in one. */
export function preconditionName(t: Dictionary, p: { id: string; name: string | null }): string {
  return p.name ?? t.preconditions[p.id] ?? p.id
}

export function reasonCodeLabel(t: Dictionary, c: { code: string; label: string | null }): string {
  return c.label ?? t.reasonCodes[c.code] ?? c.code
}

export function criteriaOf(
  t: Dictionary,
  p: { id: string; criteria: { groen: string; oranje: string; rood: string } | null },
) {
  return p.criteria ?? t.criteria[p.id] ?? { groen: '', oranje: '', rood: '' }
}
