/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

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

/**
 * Content-Security-Policy: only the app's own origin, no inline script, no eval, no third-party
 * fonts or CDNs. Inline `style` attributes are not needed: React sets styles through the CSSOM,
 * which CSP does not restrict. Sent as a header by `vite preview` and, for any static host, as
 * a <meta> in the built index.html (not in dev: Vite's dev server injects inline scripts).
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The team server is reached under /db/ on this origin; a build may name one other origin.
  connectSrc(syncOrigin(process.env.VITE_SYNC_ORIGIN)),
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]
// frame-ancestors only works as a header; in a <meta> Chromium ignores it with a warning.
const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ')
const CSP_META = CSP_DIRECTIVES.join('; ')

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

function cspMeta(): Plugin {
  return {
    name: 'doorstroombord-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  }
}

// `npm start`, `npm run preview` and the end-to-end tests forward /db/ to the team server.
const SYNC_PROXY = syncProxy(process.env.DSB_SYNC_TARGET ?? DEFAULT_SYNC_TARGET)

const pwa = VitePWA({
  registerType: 'prompt',
  // Registered from the app (virtual:pwa-register/react): no inline script for the CSP.
  injectRegister: false,
  // The glob below already precaches every file of public/ (icons included).
  includeAssets: [],
  includeManifestIcons: false,
  manifest: {
    name: 'Doorstroombord',
    short_name: 'Doorstroombord',
    description: 'Zicht op de randvoorwaarden voor uitstroom uit jeugdhulp met verblijf.',
    lang: 'nl',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f3f5f8',
    theme_color: '#1d3b5c',
    icons: [
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      {
        src: '/maskable-icon-512x512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    // The whole app, every lazy screen and export writer included, so it all works offline.
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // Client routes (/bespreking, /jongeren/:id, …) are answered with the app shell.
    navigateFallback: '/index.html',
    // The team server's API under /db/ is never answered with the app.
    navigateFallbackDenylist: [/^\/db\//],
    // The spreadsheet writer is one large lazy chunk.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The first install controls the open page at once; later versions wait for the user.
    clientsClaim: true,
    skipWaiting: false,
  },
  devOptions: { enabled: false },
})

export default defineConfig({
  plugins: [react(), ...(process.env.VITEST ? [] : [...pwa, cspMeta()])],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  // The import's reading worker loads the spreadsheet readers lazily: that needs ES modules.
  worker: { format: 'es' },
  server: { port: 5173, proxy: SYNC_PROXY },
  preview: { port: 4173, headers: SECURITY_HEADERS, proxy: SYNC_PROXY },
  test: {
    globals: true,
    restoreMocks: true,
    // CI asks for a JSON report too, to total the tests over all suites.
    reporters: process.env.CI_REPORT_FILE
      ? ['default', ['json', { outputFile: process.env.CI_REPORT_FILE }]]
      : ['default'],
    testTimeout: 20_000,
    // vitest's default is one worker less than the cores: a single worker on a 2-core machine.
    // Tests wait on (fake) IndexedDB and timers often enough that two share the cores well.
    maxWorkers: 2,
    // Three projects, so each test pays only for the environment it needs: jsdom's start-up and
    // the database reset before every test cost more than the pure tests themselves.
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          // Pure functions keep no state between files: share loaded modules across them.
          isolate: false,
          include: [
            'src/domain/**/*.test.ts',
            'src/tables/**/*.test.ts',
            'src/export/**/*.test.ts',
            'src/i18n/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          environment: 'node',
          // Files share one process per worker: starting a process and loading Dexie,
          // fake-indexeddb and the app's modules again for each of ~60 files cost ~45 s of CPU.
          // The setup empties the database before every test; checked with shuffled orders.
          isolate: false,
          include: ['src/db/**/*.test.ts', 'src/sync/**/*.test.ts'],
          setupFiles: ['./test/setup/database.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The screens' own logic (reducers, row indexes, file reading) needs no DOM.
          name: 'logic',
          environment: 'node',
          // As in `db`: one process per worker, the database emptied before every test.
          isolate: false,
          include: ['src/{app,components,features,hooks,stores}/**/*.test.ts'],
          setupFiles: ['./test/setup/database.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // One jsdom per worker, not one per file: its start-up was most of this project's
          // time. test/setup/ui.ts empties the document and puts replaced browser functions back
          // after every test. Checked with shuffled orders (`--sequence.shuffle --sequence.seed=N`).
          isolate: false,
          // The users' zone, set before any date formatter is made (files share the process).
          env: { TZ: 'Europe/Amsterdam' },
          include: ['src/{app,components,features,hooks,stores}/**/*.test.tsx'],
          setupFiles: ['./test/setup/database.ts', './test/setup/ui.ts'],
        },
      },
    ],
  },
})
