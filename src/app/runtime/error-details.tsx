import { useT } from '../../i18n'

/** The technical cause, folded away: for whoever helps the user, not for the user. */
export function ErrorDetails({ error }: { error: unknown }) {
  const e = useT().security.errorScreen
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <details>
      <summary>{e.details}</summary>
      <pre className="error-screen__details">{text}</pre>
    </details>
  )
}
