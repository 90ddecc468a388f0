import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from './browser'
import { addYouth } from './security-helpers'
import { goOffline, teamLaptops } from './sync-helpers'

/**
 * The same new cliëntnummer created on two laptops (two browser contexts) while offline: a
 * conflict of its own on both, decided on one — merged into one youth, or one number changed —
 * and gone from the other laptop's list when the decision arrives.
 */
const ANNA = { name: 'anna', password: 'anna-test-wachtwoord' }
const BRAM = { name: 'bram', password: 'bram-test-wachtwoord' }

const team = teamLaptops('dubbel', [ANNA, BRAM])

/** Both laptops connected to a fresh team; both create `clientRef` while offline, then reconnect. */
async function duplicateOnBoth(teamName: string, clientRef: string) {
  await team.addTeam(teamName)
  const a = await team.connected(ANNA, teamName)
  const b = await team.connected(BRAM, teamName)
  for (const page of [a, b]) {
    await page.goto('/')
    // The youth form's code is loaded while online (offline there is no fetching it).
    await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
    const form = page.getByRole('dialog', { name: 'Jongere toevoegen' })
    await form.getByLabel('Cliëntnummer').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => form.count()).toBe(0)
  }
  await goOffline(a, b)
  await addYouth(a, clientRef, 'Utrecht', 'Van Anna')
  await addYouth(b, clientRef, 'Utrecht', 'Van Bram')
  await a.context().setOffline(false)
  await b.context().setOffline(false)
  for (const page of [a, b]) {
    await page.goto('/instellingen')
    await expect.poll(() => duplicateItem(page, clientRef).count(), { timeout: 30_000 }).toBe(1)
  }
  return { a, b }
}

function duplicateItem(page: Page, clientRef: string) {
  return page
    .getByRole('group', { name: /^(Conflicten|Conflicts)$/ })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`${clientRef} (is twee keer aangemaakt|was created twice)`) })
}

/** Board rows holding the cliëntnummer. */
async function rowsOf(page: Page, clientRef: string) {
  await page.goto('/')
  return page.getByRole('row').filter({ hasText: clientRef })
}

describe('a cliëntnummer created on two laptops', () => {
  it('is listed on both, merged on one into one youth, and gone from the other', async () => {
    const { a, b } = await duplicateOnBoth('samen', 'DUB-001')
    await expectNoAxeViolations(a, 'nl: Conflicten with a duplicate')

    await duplicateItem(a, 'DUB-001')
      .getByRole('button', { name: 'Samenvoegen tot één jongere' })
      .click()
    const dialog = a.getByRole('dialog', {
      name: 'Cliëntnummer DUB-001 samenvoegen tot één jongere',
    })
    const table = dialog.getByRole('table', { name: 'Beide jongeren naast elkaar' })
    await expect
      .poll(() => table.getByRole('row').filter({ hasText: 'Van Bram' }).count(), {
        timeout: 10_000,
      })
      .toBe(1)
    await expectNoAxeViolations(a, 'nl: Samenvoegen dialog')
    await a.screenshot({ path: '/tmp/sync-duplicate-merge.png', fullPage: true })
    // Only the roepnaam differs; Bram's stays.
    await dialog
      .getByRole('group', { name: 'Roepnaam' })
      .getByRole('radio', { name: /^Andere laptop/ })
      .check()
    await dialog.getByRole('button', { name: 'Verder' }).click()
    await dialog.getByRole('button', { name: 'Samenvoegen' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => duplicateItem(a, 'DUB-001').count()).toBe(0)

    // Bram's laptop: the duplicate goes from its list without a reload.
    await expect.poll(() => duplicateItem(b, 'DUB-001').count(), { timeout: 30_000 }).toBe(0)
    for (const page of [a, b]) {
      const rows = await rowsOf(page, 'DUB-001')
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(1)
      await expect.poll(() => rows.getByText('Van Bram').count()).toBe(1)
    }
    // On Anna's laptop the kept youth's history holds the merge.
    await a.getByRole('link', { name: 'DUB-001' }).click()
    const history = a.getByRole('region', { name: 'Wijzigingsgeschiedenis' })
    await expect
      .poll(() => history.getByText(/Samengevoegd met de dubbel aangemaakte jongere/).count(), {
        timeout: 10_000,
      })
      .toBe(1)
  })

  it('in English: one number changed on one laptop, both youths on both boards', async () => {
    const { a, b } = await duplicateOnBoth('apart', 'DUB-002')
    await b.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => b.evaluate(() => document.documentElement.lang)).toBe('en')
    await expect.poll(() => duplicateItem(b, 'DUB-002').count(), { timeout: 10_000 }).toBe(1)
    await expectNoAxeViolations(b, 'en: Conflicts with a duplicate')

    await duplicateItem(b, 'DUB-002').getByRole('button', { name: 'Change number' }).click()
    const dialog = b.getByRole('dialog', { name: 'Client number DUB-002: change number' })
    const field = dialog.getByRole('textbox', { name: /New client number/ })
    await field.fill('DUB-002')
    await dialog.getByRole('button', { name: 'Change number' }).click()
    await expect
      .poll(() => dialog.getByText('This client number already exists', { exact: false }).count())
      .toBe(1)
    await expectNoAxeViolations(b, 'en: Change number dialog with an error')
    await field.fill('DUB-003')
    await dialog.getByRole('button', { name: 'Change number' }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    await expect.poll(() => duplicateItem(a, 'DUB-002').count(), { timeout: 30_000 }).toBe(0)
    for (const page of [a, b]) {
      await page.goto('/')
      for (const ref of ['DUB-002', 'DUB-003']) {
        await expect
          .poll(() => page.getByRole('link', { name: ref, exact: true }).count(), {
            timeout: 20_000,
          })
          .toBe(1)
      }
    }
  })
})
