import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
import { SyncStatus } from '../components/sync-status'
import { useSettings } from '../hooks/use-settings'
import { switchLanguage, useLanguage, useT } from '../i18n'
import { useSyncStore } from '../stores/sync-store'

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`)
  return (
    <Link
      href={href}
      className={`nav__link${active ? ' nav__link--active' : ''}`}
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </Link>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT()
  const language = useLanguage((s) => s.language)
  // A user who only works for a gemeente hides the provider's screens (Instellingen).
  const providerScreens = !useSettings()?.municipal.hideProviderScreens
  const syncState = useSyncStore((s) => s.state)
  return (
    <>
      <a href="#main" className="skip-link">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span className="app-header__name">{t.app.name}</span>
        </div>
        <nav aria-label={t.app.mainNav} className="nav">
          {providerScreens && (
            <>
              <NavLink href="/">{t.nav.board}</NavLink>
              <NavLink href="/bespreking">{t.nav.review}</NavLink>
              <NavLink href="/rapportage">{t.nav.report}</NavLink>
            </>
          )}
          <NavLink href="/gemeente-overzicht">{t.nav.municipal}</NavLink>
          {providerScreens && <NavLink href="/importeren">{t.nav.import}</NavLink>}
          <NavLink href="/instellingen">{t.nav.settings}</NavLink>
        </nav>
        <div className="app-header__sync">
          <SyncStatus state={syncState} />
        </div>
        <button
          type="button"
          className="button button--ghost app-header__language"
          lang={language === 'nl' ? 'en' : 'nl'}
          onClick={() => void switchLanguage(language === 'nl' ? 'en' : 'nl')}
        >
          {language === 'nl' ? 'English' : 'Nederlands'}
        </button>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
