/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { UpdateBanner } from './update-banner'

const CHECK_EVERY_MS = 60 * 60_000

/**
 * Registers the service worker (built app only) and offers a waiting new version. Reloading
 * only ever happens when the user presses "Nu opnieuw laden", so nobody loses an edit.
 */
export function UpdatePrompt() {
  const t = useT()
  const show = useNotices((s) => s.show)
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onOfflineReady() {
      show({ tone: 'info', message: t.security.update.offlineReady })
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      window.setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }, CHECK_EVERY_MS)
    },
  })
  if (!needRefresh) return null
  return (
    <UpdateBanner
      onReload={() => {
        // workbox-window reloads only when this page was already controlled when it registered;
        // a tab open since the very first install must reload on the new controller itself.
        navigator.serviceWorker.addEventListener(
          'controllerchange',
          () => window.location.reload(),
          {
            once: true,
          },
        )
        void updateServiceWorker(true)
      }}
      onLater={() => setNeedRefresh(false)}
    />
  )
}
