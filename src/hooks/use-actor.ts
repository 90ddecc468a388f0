import { usePreferences } from '../stores/preferences-store'

/** The name recorded in the change history for this browser's edits. */
export function useActor(): string {
  const name = usePreferences((s) => s.userName)
  return name || 'Onbekende gebruiker'
}
