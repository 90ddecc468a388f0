import type { MissingProvider } from '../../../domain/municipal'
import { useT } from '../../../i18n'

/** Providers that delivered before but not in this ronde: named, never counted as 0. */
export function MissingProviders({ missing }: { missing: readonly MissingProvider[] }) {
  const t = useT()
  const m = t.municipal
  if (missing.length === 0) return null
  return (
    <section className="municipal-missing" aria-labelledby="municipal-missing-title">
      <h2 id="municipal-missing-title" className="municipal-missing__title">
        {m.missingTitle}
      </h2>
      <p className="municipal-missing__intro">{m.missingIntro}</p>
      <ul className="municipal-missing__list">
        {missing.map((p) => (
          <li key={p.providerKey}>{m.missingItem(p.providerName, p.lastPeildatum)}</li>
        ))}
      </ul>
    </section>
  )
}
