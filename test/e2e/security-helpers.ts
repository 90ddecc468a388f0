import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Collects Content-Security-Policy violations of every page in the context: the DOM event,
 * and Chromium's console messages about CSP (which also cover blocked inline code).
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void })
        .__reportCspViolation
      report(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

/** Waits until the service worker is active and controls the page. */
export function waitForServiceWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
      })
    }
    return navigator.serviceWorker.controller !== null
  })
}

/**
 * Everything IndexedDB holds for the app, read in the page with the raw IndexedDB API (not
 * Dexie, so no decryption), as text: binary values as latin1 so no byte is left out.
 */
export function rawDatabaseText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('doorstroombord')
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const idb = open.result
          const names = [...idb.objectStoreNames]
          const tx = idb.transaction(names)
          const all: Record<string, unknown> = {}
          for (const name of names) {
            const request = tx.objectStore(name).getAll()
            request.onsuccess = () => (all[name] = request.result as unknown)
          }
          tx.oncomplete = () => {
            idb.close()
            resolve(
              JSON.stringify(all, (_key, value: unknown) =>
                value instanceof Uint8Array ? String.fromCharCode(...value) : value,
              ),
            )
          }
        }
      }),
  )
}

export async function addYouth(page: Page, clientRef: string, gemeente: string, name = '') {
  await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Jongere toevoegen' })
  await dialog.getByLabel('Cliëntnummer').fill(clientRef)
  if (name) await dialog.getByLabel('Roepnaam of initialen').fill(name)
  await dialog.getByLabel('Geboortedatum').fill('2009-03-14')
  await dialog.getByLabel('Gemeente').fill(gemeente)
  await dialog.getByLabel('Verblijfsvorm').selectOption({ label: 'Gezinshuis' })
  await dialog.getByLabel('Plaatsingsdatum').fill('2025-01-06')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect.poll(() => dialog.count()).toBe(0)
}

export async function setAssessment(
  page: Page,
  clientRef: string,
  precondition: string,
  status: string,
  note: string,
  action = '',
) {
  await page
    .getByRole('button', { name: `${precondition}: onbekend` })
    .first()
    .click()
  // Names such as "Toekomstplan 18+" hold regular-expression characters.
  const title = `${precondition} — ${clientRef}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const editor = page.getByRole('dialog', { name: new RegExp(title) })
  await editor.getByRole('radio', { name: `${precondition}: ${status}` }).check()
  await editor.getByRole('textbox', { name: 'Toelichting', exact: true }).fill(note)
  if (action) await editor.getByLabel('Actie (volgende stap)').fill(action)
  await editor.getByRole('button', { name: 'Opslaan' }).click()
  await expect.poll(() => editor.count()).toBe(0)
}

/** Instellingen › Versleuteling: on, with the warning acknowledged; waits until done. */
export async function enableEncryption(page: Page, passphrase: string, timeout = 30_000) {
  const section = page.getByRole('region', { name: 'Versleuteling', exact: true })
  await section.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase)
  await section.getByLabel('Herhaal de wachtwoordzin').fill(passphrase)
  await section.getByRole('checkbox', { name: /wachtwoordzin vergeet/ }).check()
  await section.getByRole('button', { name: 'Versleuteling aanzetten' }).click()
  await expect
    .poll(() => section.getByRole('button', { name: 'Nu vergrendelen' }).count(), {
      timeout,
    })
    .toBe(1)
}

/** Clicks an export button and returns the downloaded file. */
export async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

/**
 * "Deploys" a new version on the test server: one revision in the served sw.js changes (same
 * length), as after a real deployment. Returns the function that puts the build back.
 */
export function deployNewServiceWorker(): () => void {
  const root = resolve(import.meta.dirname, '../..')
  const file = resolve(root, process.env.E2E_DIST ?? 'dist', 'sw.js')
  const original = readFileSync(file, 'utf8')
  const changed = original.replace(/revision:"(.)/, (_, c: string) =>
    c === '0' ? 'revision:"1' : 'revision:"0',
  )
  writeFileSync(file, changed)
  return () => writeFileSync(file, original)
}
