import type { FieldErrors } from '../domain/validation'
import { useT } from '../i18n'

interface FormErrorSummaryProps<F extends string> {
  errors: FieldErrors<F>
  labels: Record<F, string>
}

/** Lists every problem at the top of a form, naming the field, as GOV.UK-style summaries do. */
export function FormErrorSummary<F extends string>({ errors, labels }: FormErrorSummaryProps<F>) {
  const t = useT()
  const entries = (Object.entries(errors) as [F, keyof typeof t.validation][]).filter(([, c]) => c)
  if (entries.length === 0) return null
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary__title">{t.formErrorSummary(entries.length)}</p>
      <ul>
        {entries.map(([field, code]) => (
          <li key={field}>
            <strong>{labels[field]}:</strong> {t.validation[code]}
          </li>
        ))}
      </ul>
    </div>
  )
}
