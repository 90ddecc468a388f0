import { useT } from '../../i18n'
import { ErrorDetails } from './error-details'
import './runtime.css'

/** When the database cannot even be opened: say so calmly, with a way to try again. */
export function StartupError({ error }: { error: unknown }) {
  const e = useT().security.errorScreen
  return (
    <main className="startup-screen" id="main">
      <div className="startup-screen__card card" role="alert">
        <h1>{e.startup}</h1>
        <p>{e.body}</p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            {e.reload}
          </button>
        </div>
        <ErrorDetails error={error} />
      </div>
    </main>
  )
}
