import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, sessionPerTest } from './browser'
import { addYouth, setAssessment } from './security-helpers'

const s = sessionPerTest()

/** Opens the Wonen dialog of CONF-001 from the board (its current colour on the button). */
async function openWonen(page: Page, status: string) {
  await page
    .getByRole('button', { name: `Wonen: ${status}` })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: /Wonen — CONF-001/ })
  await expect.poll(() => dialog.count()).toBe(1)
  return dialog
}

/** Two tabs on the same board, CONF-001 with "Wonen: oranje" and a first toelichting. */
async function twoTabs() {
  const { page, context } = s
  await page.goto('/')
  await addYouth(page, 'CONF-001', 'Utrecht')
  await setAssessment(page, 'CONF-001', 'Wonen', 'oranje', 'Eerste tekst')
  const other = await context.newPage()
  await other.goto('/')
  await expect.poll(() => other.getByRole('button', { name: 'Wonen: oranje' }).count()).toBe(1)
  return { a: page, b: other }
}

describe('the same assessment edited in two tabs', () => {
  it("keeps tab A's toelichting when tab B, opened before A saved, changes only the colour", async () => {
    const { a, b } = await twoTabs()
    const dialogA = await openWonen(a, 'oranje')
    const dialogB = await openWonen(b, 'oranje')

    await dialogA.getByRole('textbox', { name: 'Toelichting', exact: true }).fill('Tekst van A')
    await dialogA.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialogA.count()).toBe(0)

    await dialogB.getByRole('radio', { name: 'Wonen: rood' }).check()
    await dialogB.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialogB.count()).toBe(0)
    // B is told that its colour was combined with A's newer text, not silently written over it.
    await expect
      .poll(() => b.getByText(/samengevoegd met een nieuwere versie/i).count())
      .toBeGreaterThan(0)

    // Both changes are kept: B's colour and A's text, as A sees it after a reload.
    await a.reload()
    const check = await openWonen(a, 'rood')
    expect(
      await check.getByRole('textbox', { name: 'Toelichting', exact: true }).inputValue(),
    ).toBe('Tekst van A')
  })

  it('asks tab B to choose when both tabs changed the toelichting, and keeps the choice', async () => {
    const { a, b } = await twoTabs()
    const dialogA = await openWonen(a, 'oranje')
    const dialogB = await openWonen(b, 'oranje')

    await dialogA.getByRole('textbox', { name: 'Toelichting', exact: true }).fill('Tekst van A')
    await dialogA.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialogA.count()).toBe(0)

    await dialogB.getByRole('textbox', { name: 'Toelichting', exact: true }).fill('Tekst van B')
    await dialogB.getByRole('button', { name: 'Opslaan' }).click()
    // Nothing is written yet: B sees both texts side by side and picks one.
    const panel = dialogB.getByRole('group', { name: 'Toelichting' })
    await expect.poll(() => panel.count()).toBe(1)
    expect(await panel.getByText('Tekst van A').count()).toBe(1)
    expect(await panel.getByText('Tekst van B').count()).toBe(1)
    await expectNoAxeViolations(b, 'conflict panel')
    await panel.getByRole('radio', { name: /Nieuwere versie/ }).check()
    await dialogB.getByRole('button', { name: 'Keuze opslaan' }).click()
    await expect.poll(() => dialogB.count()).toBe(0)

    await a.reload()
    const check = await openWonen(a, 'oranje')
    expect(
      await check.getByRole('textbox', { name: 'Toelichting', exact: true }).inputValue(),
    ).toBe('Tekst van A')
  })
})
