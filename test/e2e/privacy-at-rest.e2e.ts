import { describe, expect, it } from 'vitest'
import { type Session, sessionPerTest } from './browser'
import { addYouth, enableEncryption, rawDatabaseText, setAssessment } from './security-helpers'

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

  it('keeps the names of staff and everything typed out of the raw database', async () => {
    const { page } = s
    // Typed before encryption is turned on (sealed by turning it on) and after (sealed on write).
    const typed = {
      user: 'Tjalling Vromboud',
      caseOwnerBefore: 'Quirijn Zwenkwiet',
      locationBefore: 'Huize Olderbrink',
      caseOwnerAfter: 'Yfke Darmolen',
      locationAfter: 'Groep Ploegsnede',
      participant: 'Gerbrich Teunkamp',
    }
    await page.goto('/instellingen')
    await page.getByLabel('Uw naam').fill(typed.user)
    await page.getByRole('link', { name: 'Bord' }).click()
    await addStaffedYouth(page, 'PRIV-010', typed.caseOwnerBefore, typed.locationBefore)
    await setAssessment(page, 'PRIV-010', 'Wonen', 'oranje', 'Toelichting')
    await page.getByRole('link', { name: 'Instellingen' }).click()
    await enableEncryption(page, PASSPHRASE)

    await page.getByRole('link', { name: 'Bord' }).click()
    await addStaffedYouth(page, 'PRIV-011', typed.caseOwnerAfter, typed.locationAfter)
    await setAssessment(page, 'PRIV-011', 'Wonen', 'rood', 'Toelichting')
    await page.getByRole('link', { name: 'Bespreking' }).click()
    await page.getByLabel('Deelnemers').fill(typed.participant)
    await page.getByRole('button', { name: 'Bespreking starten' }).click()
    const position = page.getByText(/^Jongere \d+ van \d+$/)
    await expect.poll(() => position.textContent()).toMatch(/^Jongere 1 van/)
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => page.getByText(/^1 van \d+ besproken$/).count()).toBe(1)

    const raw = await rawDatabaseText(page)
    // The records are there (the check reads what the app stored) ...
    expect(raw).toContain('PRIV-011')
    // ... but no name and nothing typed in plain text, whole or in part.
    for (const text of Object.values(typed)) {
      for (const word of text.split(' ').filter((w) => w.length > 5)) {
        expect(raw, `"${word}" of "${text}"`).not.toContain(word)
      }
    }
  })
})

/** Adds a youth with a regiebehandelaar/mentor and a location typed in. */
async function addStaffedYouth(page: Page, clientRef: string, caseOwner: string, location: string) {
  await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Jongere toevoegen' })
  await dialog.getByLabel('Cliëntnummer').fill(clientRef)
  await dialog.getByLabel('Geboortedatum').fill('2009-03-14')
  await dialog.getByLabel('Gemeente').fill('Delft')
  await dialog.getByLabel('Locatie of groep').fill(location)
  await dialog.getByLabel('Verblijfsvorm').selectOption({ label: 'Gezinshuis' })
  await dialog.getByLabel('Plaatsingsdatum').fill('2025-01-06')
  await dialog.getByLabel('Regiebehandelaar of mentor').fill(caseOwner)
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect.poll(() => dialog.count()).toBe(0)
}
