import type { ProxyOptions } from 'vite'

/**
 * How the built app reaches the team's server (docs/sync-design.md §14): on its own origin
 * under /db/, so the CSP keeps `connect-src 'self'` and CouchDB's session cookie is first-party.
 */

/** Where `vite preview` (and the dev server) forward /db/: the local trial's pouchdb-server. */
export const DEFAULT_SYNC_TARGET = 'http://127.0.0.1:5984'

/**
 * `/db/<path>` → `<target>/<path>`. CouchDB sets its AuthSession cookie with `Path=/` and no
 * domain; any domain it might name is dropped, so the browser keeps the cookie for the app's own
 * host, and a path is mapped under /db/ only if the server narrows it.
 */
export function syncProxy(target: string): Record<string, ProxyOptions> {
  return {
    '/db/': {
      target,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/db(?=\/)/, ''),
      cookieDomainRewrite: { '*': '' },
      cookiePathRewrite: { '/': '/', '*': '/db/' },
    },
  }
}

/**
 * The one other origin a build may allow (VITE_SYNC_ORIGIN, e.g. a sync server on its own
 * host); anything but a bare http(s) origin is refused, so a typo cannot widen the CSP.
 */
export function syncOrigin(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`VITE_SYNC_ORIGIN is not a URL: ${value}`)
  }
  const bare = url.origin
  if (!/^https?:$/.test(url.protocol) || value.trim().replace(/\/$/, '') !== bare) {
    throw new Error(`VITE_SYNC_ORIGIN must be an origin such as https://sync.example.nl: ${value}`)
  }
  return bare
}

/** `connect-src`: the app's own origin, plus the named sync origin when the build has one. */
export function connectSrc(origin: string | null): string {
  return origin ? `connect-src 'self' ${origin}` : "connect-src 'self'"
}
