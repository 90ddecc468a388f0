import { useT } from '../../i18n'

/** The keyboard shortcuts of the review, always on screen. */
export function ReviewShortcuts() {
  const t = useT()
  return (
    <aside className="review-shortcuts" aria-labelledby="review-shortcuts-title">
      <h2 id="review-shortcuts-title" className="review-shortcuts__title">
        {t.review.shortcutsTitle}
      </h2>
      <dl>
        {t.review.shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </aside>
  )
}
