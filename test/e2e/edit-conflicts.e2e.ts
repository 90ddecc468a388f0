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

/** The Afspraken tab of the Gemeente-overzicht with the sample files, in a page of its own. */
async function openAgreements(page: Page) {
  await page.goto('/gemeente-overzicht')
  const samples = page.getByRole('button', { name: 'Voorbeeldbestanden laden' })
  const tab = page.getByRole('tab', { name: 'Afspraken' })
  await expect.poll(async () => (await samples.count()) + (await tab.count())).toBeGreaterThan(0)
  if ((await samples.count()) > 0) await samples.click()
  await expect.poll(() => tab.count(), { timeout: 30_000 }).toBe(1)
  await tab.click()
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true')
}

/** Bewerken of the afspraak that reads `text`; returns its dialog. */
async function editAgreement(page: Page, text: string) {
  await page
    .getByRole('listitem')
    .filter({ hasText: text })
    .getByRole('button', { name: 'Bewerken' })
    .click()
  const dialog = page.getByRole('dialog', { name: /^Afspraak met .* bewerken$/ })
  await expect.poll(() => dialog.count()).toBe(1)
  return dialog
}

/** Two tabs on the Afspraken tab, with one afspraak that only has its text. */
async function twoTabsWithAgreement() {
  const { page, context } = s
  await openAgreements(page)
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click()
  const add = page.getByRole('dialog', { name: 'Afspraak toevoegen' })
  await add.getByLabel('Aanbieder').selectOption({ index: 1 })
  await add.getByRole('textbox', { name: /^Afspraak/ }).fill('Eerste afspraak')
  await add.getByRole('button', { name: 'Opslaan' }).click()
  await expect.poll(() => add.count()).toBe(0)
  const other = await context.newPage()
  await openAgreements(other)
  await expect.poll(() => other.getByText('Eerste afspraak').count()).toBe(1)
  return { a: page, b: other }
}

/** The facts of the afspraak that reads `text`, as its list item shows them. */
async function agreementFacts(page: Page, text: string) {
  const item = page.getByRole('listitem').filter({ hasText: text })
  await expect.poll(() => item.count()).toBe(1)
  return (await item.locator('dl').innerText()).replace(/\s+/g, ' ')
}

describe('the same afspraak edited in two tabs', () => {
  it("keeps tab A's eigenaar, streefdatum and knelpuntcode when tab B changes only the text", async () => {
    const { a, b } = await twoTabsWithAgreement()
    const dialogA = await editAgreement(a, 'Eerste afspraak')
    const dialogB = await editAgreement(b, 'Eerste afspraak')

    await dialogA.getByLabel('Eigenaar').selectOption({ label: 'Gemeente/toegang' })
    await dialogA.getByLabel('Streefdatum').fill('2030-03-01')
    await dialogA.getByLabel('Knelpuntcode').fill('WON-2')
    await dialogA.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialogA.count()).toBe(0)

    await dialogB.getByRole('textbox', { name: /^Afspraak/ }).fill('Tekst van B')
    await dialogB.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialogB.count()).toBe(0)
    await expect
      .poll(() => b.getByText(/samengevoegd met een nieuwere versie/i).count())
      .toBeGreaterThan(0)

    // Both changes are kept, as tab A sees after a reload.
    await a.reload()
    await a.getByRole('tab', { name: 'Afspraken' }).click()
    const facts = await agreementFacts(a, 'Tekst van B')
    expect(facts).toContain('Eigenaar Gemeente/toegang')
    expect(facts).toContain('Streefdatum 01-03-2030')
    expect(facts).toContain('Knelpuntcode WON-2')
  })

  it('asks per field when both tabs changed the text, and keeps the fields only A changed', async () => {
    const { a, b } = await twoTabsWithAgreement()
    const dialogA = await editAgreement(a, 'Eerste afspraak')
    const dialogB = await editAgreement(b, 'Eerste afspraak')

    await dialogA.getByRole('textbox', { name: /^Afspraak/ }).fill('Tekst van A')
    await dialogA.getByLabel('Eigenaar').selectOption({ label: 'Samen' })
    await dialogA.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialogA.count()).toBe(0)

    await dialogB.getByRole('textbox', { name: /^Afspraak/ }).fill('Tekst van B')
    await dialogB.getByRole('button', { name: 'Opslaan' }).click()
    // Nothing written yet: only the text is offered, both versions side by side.
    const panel = dialogB.getByRole('group', { name: 'Afspraak' })
    await expect.poll(() => panel.count()).toBe(1)
    expect(await panel.getByText('Tekst van A').count()).toBe(1)
    expect(await panel.getByText('Tekst van B').count()).toBe(1)
    expect(await dialogB.getByRole('group', { name: 'Eigenaar' }).count()).toBe(0)
    await expectNoAxeViolations(b, 'afspraak conflict panel')
    await panel.getByRole('radio', { name: 'Uw versie' }).check()
    await dialogB.getByRole('button', { name: 'Keuze opslaan' }).click()
    await expect.poll(() => dialogB.count()).toBe(0)

    await a.reload()
    await a.getByRole('tab', { name: 'Afspraken' }).click()
    expect(await agreementFacts(a, 'Tekst van B')).toContain('Eigenaar Samen')
    expect(await a.getByText('Tekst van A').count()).toBe(0)
  })
})
