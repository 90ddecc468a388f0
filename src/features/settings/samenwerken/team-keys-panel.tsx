import { useT } from '../../../i18n'

/**
 * The team's key slots (docs/sync-design.md §7). An empty state for now: the team-key work
 * (helper branch h-sync-keys) fills this panel; encryption itself is set under Versleuteling.
 */
export function TeamKeysPanel() {
  const t = useT()
  return (
    <div className="sync-subsection" role="group" aria-labelledby="sync-keys-title">
      <h3 id="sync-keys-title">{t.sync.keys.title}</h3>
      <p>{t.sync.keys.placeholder}</p>
    </div>
  )
}
