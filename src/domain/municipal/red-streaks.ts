import type { RondeDigest } from './ronde-digests'

/** Per providerKey, per cliëntnummer: consecutive rondes rood up to the last ronde. */
export type RedStreaks = Map<string, Map<string, number>>

/**
 * "Rood sinds N rondes": per providerKey+clientRef, the number of consecutive rondes ending
 * with the last one given in which the youth's totaalstatus was rood. A ronde in which the
 * provider has no file breaks the streak. Rondes oldest first; one pass over each ronde's rood
 * cliëntnummers (the digests keep them), keeping only the youths rood in the ronde before.
 */
export function redStreaks(rondes: readonly RondeDigest[]): RedStreaks {
  let streaks: RedStreaks = new Map()
  for (const ronde of rondes) {
    const next: RedStreaks = new Map()
    for (const provider of ronde.providers) {
      const before = streaks.get(provider.providerKey)
      const now = new Map<string, number>()
      for (const ref of provider.redRefs) now.set(ref, (before?.get(ref) ?? 0) + 1)
      next.set(provider.providerKey, now)
    }
    streaks = next
  }
  return streaks
}

/** The streak of one youth; 0 when not rood in the last ronde. */
export function redStreakOf(streaks: RedStreaks, providerKey: string, clientRef: string): number {
  return streaks.get(providerKey)?.get(clientRef) ?? 0
}
