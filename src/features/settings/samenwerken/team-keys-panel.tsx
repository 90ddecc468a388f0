import { useSyncText } from './use-sync-text'

/**
 * The team's key slots (docs/sync-design.md §7). An empty state for now: the team-key work
 * (helper branch h-sync-keys) fills this panel; encryption itself is set under Versleuteling.
 */
export function TeamKeysPanel() {
  const s = useSyncText()
  return (
    <div className="sync-subsection" role="group" aria-labelledby="sync-keys-title">
      <h3 id="sync-keys-title">{s.keys.title}</h3>
      <p>{s.keys.placeholder}</p>
    </div>
  )
}
