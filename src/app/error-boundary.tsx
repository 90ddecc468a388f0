import { Component, useEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { useT } from '../i18n'
import { makeBackup } from './backup-action'
import { ErrorDetails } from './runtime/error-details'
import './runtime/runtime.css'

interface BoundaryProps {
  /** The boundary starts afresh when this changes (another route). */
  resetKey: string
  fallback: (error: unknown, reset: () => void) => ReactNode
  children: ReactNode
}

interface BoundaryState {
  failed: boolean
  error: unknown
  resetKey: string
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error }
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.resetKey === state.resetKey
      ? null
      : { failed: false, error: null, resetKey: props.resetKey }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Screen failed to render', error, info.componentStack)
  }

  reset = () => this.setState({ failed: false, error: null })

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}

/**
 * Around the routes: a screen that throws shows a calm recovery screen, with the header and
 * menu still there, instead of a blank page. Navigating elsewhere starts afresh.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation()
  return (
    <Boundary
      resetKey={location}
      fallback={(error, reset) => <ErrorScreen error={error} onRetry={reset} />}
    >
      {children}
    </Boundary>
  )
}

export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT()
  const e = t.security.errorScreen
  const heading = useRef<HTMLHeadingElement>(null)
  const [backupProblem, setBackupProblem] = useState('')
  useEffect(() => heading.current?.focus(), [])

  return (
    <section className="card error-screen" aria-labelledby="error-screen-title">
      <h1 id="error-screen-title" ref={heading} tabIndex={-1}>
        {e.title}
      </h1>
      <p>{e.body}</p>
      <p>{e.advice}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setBackupProblem('')
            makeBackup().catch(() => setBackupProblem(t.security.backupFailed))
          }}
        >
          {t.security.backup}
        </button>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {e.retry}
        </button>
        <Link href="/" className="button button--ghost">
          {e.toBoard}
        </Link>
      </div>
      {backupProblem && (
        <p className="field__error" role="alert">
          {backupProblem}
        </p>
      )}
      <ErrorDetails error={error} />
    </section>
  )
}
