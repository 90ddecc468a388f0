import { describe, expect, it } from 'vitest'
import { type Session, sessionPerTest } from './browser'
import { addYouth, enableEncryption } from './security-helpers'

/**
 * With encryption at rest on, nothing a user typed may be readable outside IndexedDB's sealed
 * fields: not in localStorage, sessionStorage or Cache Storage, not after locking.
 */
const s = sessionPerTest()

type Page = Session['page']

/** Everything the page keeps outside IndexedDB, as text. */
function storedOutsideIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = []
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i) ?? ''
        parts.push(key, store.getItem(key) ?? '')
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const response = await cache.match(request)
        parts.push(request.url, (await response?.text()) ?? '')
      }
    }
    return parts.join('\n')
  })
}

const PASSPHRASE = 'zeven blauwe boten in de haven'
const NAME = 'Xylofina Qorvath'

describe('privacy at rest', () => {
  it('keeps a typed search out of storage, and encrypts back-ups by default', async () => {
    const { page } = s
    await page.goto('/')
    await addYouth(page, 'PRIV-001', 'Delft', NAME)
    await page.getByRole('link', { name: 'Instellingen' }).click()
    await enableEncryption(page, PASSPHRASE)

    // Back-up maken: encrypted unless the user unticks it, and then warned.
    const backup = page.getByRole('region', { name: 'Back-up', exact: true })
    const encrypt = backup.getByRole('checkbox', { name: 'Versleutelen met een wachtwoord' })
    expect(await encrypt.isChecked()).toBe(true)
    await encrypt.uncheck()
    expect(await backup.getByText(/maar deze back-up wordt dat niet/).count()).toBe(1)

    await page.getByRole('link', { name: 'Bord' }).click()
    await page.getByLabel('Zoeken').fill('Qorvat')
    await page.getByLabel('Gemeente').selectOption('Delft')
    await expect.poll(() => page.getByText('1 jongeren').count()).toBe(1)
    const outside = await storedOutsideIndexedDb(page)
    expect(outside).toContain('Delft')
    expect(outside).not.toContain('Qorvat')

    // Locking reloads the page; unlocked again, the search is gone, the gemeente filter stays.
    await page.reload()
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Ontgrendelen' }).click()
    await expect.poll(() => page.getByLabel('Zoeken').count()).toBe(1)
    expect(await page.getByLabel('Zoeken').inputValue()).toBe('')
    await expect.poll(() => page.getByLabel('Gemeente').inputValue()).toBe('Delft')
    expect(await storedOutsideIndexedDb(page)).not.toContain('Qorvat')
  })
})
