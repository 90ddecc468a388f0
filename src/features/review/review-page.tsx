import { useT } from '../../i18n'

/** Placeholder until this feature lands. */
export function ReviewPage() {
  const t = useT()
  return (
    <div className="page">
      <h1 className="page__title">{t.review.title}</h1>
    </div>
  )
}
