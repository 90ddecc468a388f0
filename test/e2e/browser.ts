import AxeBuilder from '@axe-core/playwright'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
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

/**
 * A fresh Chromium with its own empty user data dir, Dutch locale and Amsterdam time,
 * recording every request that leaves the app's origin.
 */
export async function openSession(options: { baseURL?: string } = {}): Promise<Session> {
  // Another app server than the suite's (one that proxies /db/ to a test's own sync server).
  const baseURL = options.baseURL ?? inject('baseURL')
  const userDataDir = mkdtempSync(join(tmpdir(), 'doorstroombord-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Dutch UI language: date fields read dd-mm-jjjj, as for the app's users.
    args: [...CHROMIUM_ARGS, '--lang=nl-NL'],
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  })
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
  return {
    context,
    page,
    baseURL,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** axe-core on the current page (WCAG 2.1 A and AA): no violations allowed. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
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
 * Every test of the file in a fresh browser profile. The returned session object is filled
 * anew before each test; after it, the session must be clean (no request to another origin, no
 * page error) and is closed. `setUp` runs after opening, `check` beside the clean-session check,
 * `cleanup` after closing (also when a check failed).
 */
export function sessionPerTest(
  hooks: {
    setUp?: (session: Session) => void | Promise<void>
    check?: () => void
    cleanup?: () => void
  } = {},
): Session {
  const session = {} as Session
  let opened = false
  beforeEach(async () => {
    opened = false
    Object.assign(session, await openSession())
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
