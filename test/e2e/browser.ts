import AxeBuilder from '@axe-core/playwright'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterEach, beforeEach, expect, inject } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs'

export interface Session {
  context: BrowserContext
  page: Page
  baseURL: string
  /** Every request that went to another origin than the app's own. */
  foreignRequests: string[]
  /** Uncaught errors in the page. */
  pageErrors: string[]
  close: () => Promise<void>
}

/** Dutch UI language: date fields read dd-mm-jjjj, as for the app's users. */
const LAUNCH = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--lang=nl-NL'] }

const CONTEXT = {
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  viewport: { width: 1440, height: 900 },
  acceptDownloads: true,
}

let shared: Promise<Browser> | undefined

/**
 * One Chromium for all test files of a worker (the suite runs without module isolation, see
 * vitest.config.ts), started when the first session opens: starting a browser costs about a
 * second, a new context in it a tenth of that. A browser that went away is started again.
 * Playwright ends it when the worker's process exits.
 */
async function browser(): Promise<Browser> {
  const running = await shared?.catch(() => undefined)
  if (running?.isConnected()) return running
  shared = chromium.launch(LAUNCH)
  return shared
}

export interface SessionOptions {
  /** Another app server than the suite's (one that proxies /db/ to a test's own sync server). */
  baseURL?: string
  /**
   * A Chromium of its own on a fresh user data dir, as an installed browser runs, instead of a
   * context in the file's shared one. Only for what Chromium refuses in a non-persistent
   * (incognito) context, such as judging the app installable.
   */
  persistent?: boolean
}

/**
 * A fresh browser context (its own empty IndexedDB, service workers, Cache Storage, cookies and
 * localStorage, kept for the context's lifetime, reloads included) with Dutch locale and
 * Amsterdam time, recording every request that leaves the app's origin. Two sessions are two
 * laptops: they share nothing but the browser process.
 */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const baseURL = options.baseURL ?? inject('baseURL')
  let context: BrowserContext
  let close: () => Promise<void>
  if (options.persistent) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'doorstroombord-e2e-'))
    context = await chromium.launchPersistentContext(userDataDir, {
      ...LAUNCH,
      ...CONTEXT,
      baseURL,
    })
    close = async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  } else {
    context = await (await browser()).newContext({ ...CONTEXT, baseURL })
    close = () => context.close()
  }
  const origin = new URL(baseURL).origin
  const foreignRequests: string[] = []
  context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreignRequests.push(url)
  })
  const pageErrors: string[] = []
  context.on('weberror', (error) => pageErrors.push(error.error().message))
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page, baseURL, foreignRequests, pageErrors, close }
}

/**
 * axe-core on the current page (WCAG 2.1 A and AA): no violations allowed. Legacy mode runs
 * `axe.run` in the page itself; the default runs each frame apart and joins the results in a
 * blank page of its own, which doubles the time of every check. The app has no frames (and its
 * CSP allows no other origin), so both see the same document.
 */
export async function expectNoAxeViolations(page: Page, label: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze()
  const summary = result.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact ?? ''}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

/** What every test checks at its end: nothing left the origin, nothing crashed. */
export function expectCleanSession(session: Session) {
  expect(session.foreignRequests).toEqual([])
  expect(session.pageErrors).toEqual([])
}

/**
 * Every test of the file in a fresh browser context. The returned session object is filled
 * anew before each test; after it, the session must be clean (no request to another origin, no
 * page error) and is closed. `setUp` runs after opening, `check` beside the clean-session check,
 * `cleanup` after closing (also when a check failed). `persistent` names the tests that need a
 * persistent profile (see `SessionOptions`).
 */
export function sessionPerTest(
  hooks: {
    setUp?: (session: Session) => void | Promise<void>
    check?: () => void
    cleanup?: () => void
    persistent?: (testName: string) => boolean
  } = {},
): Session {
  const session = {} as Session
  let opened = false
  beforeEach(async ({ task }) => {
    opened = false
    Object.assign(session, await openSession({ persistent: hooks.persistent?.(task.name) }))
    opened = true
    await hooks.setUp?.(session)
  })
  afterEach(async () => {
    // A browser that did not start has its own error already; there is nothing to check or close.
    if (!opened) return
    try {
      expectCleanSession(session)
      hooks.check?.()
    } finally {
      await session.close()
      hooks.cleanup?.()
    }
  })
  return session
}
