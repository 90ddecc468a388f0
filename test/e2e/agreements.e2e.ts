import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { AgreementsFile } from '../../src/domain/agreements/agreements-schema'
import { expectCleanSession, expectNoAxeViolations, openSession, type Session } from './browser'
import { removeSaved, tempPath } from './municipal-helpers'

/**
 * Issue 22's loop in two browser contexts: a gemeente makes afspraken for a provider and sends
 * the file; the provider loads it, sees it on Rapportage, on the board and in the bespreking,
 * records progress; its next uitwisselbestand brings that progress to the Gemeente-overzicht.
 */
type Page = Session['page']
const sessions: Session[] = []

afterEach(async () => {
  for (const s of sessions.splice(0)) {
    try {
      expectCleanSession(s)
    } finally {
      await s.close()
    }
  }
  removeSaved()
})

async function open(): Promise<Session> {
  const s = await openSession()
  sessions.push(s)
  return s
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = tempPath(file.suggestedFilename())
  await file.saveAs(path)
  return { name: file.suggestedFilename(), path }
}

async function gone(page: Page, locator: ReturnType<Page['getByRole']>) {
  await expect.poll(() => locator.count(), { timeout: 15_000 }).toBe(0)
  return page
}

async function shown(locator: ReturnType<Page['getByRole']>) {
  await expect.poll(() => locator.count(), { timeout: 20_000 }).toBeGreaterThan(0)
}

async function exchangeFile(page: Page) {
  await page.getByRole('link', { name: 'Rapportage' }).click()
  await shown(page.getByRole('heading', { name: '1. Kerncijfers' }))
  return download(page, () => page.getByRole('button', { name: 'Uitwisselbestand maken' }).click())
}

async function loadExchange(page: Page, path: string, replace: boolean) {
  await page.getByRole('button', { name: 'Uitwisselbestanden laden' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Uitwisselbestanden laden' })
  await dialog.getByLabel('Bestanden kiezen').setInputFiles([path])
  if (replace) {
    const tick = dialog.getByRole('checkbox', { name: /^Vervangen / })
    await shown(tick)
    await tick.check()
  }
  await dialog.getByRole('button', { name: '1 bestand laden' }).click()
  await shown(dialog.getByText('1 bestand geladen.'))
  await dialog.getByRole('button', { name: 'Klaar' }).click()
}

async function addAgreement(page: Page, text: string, clientRef: string) {
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Afspraak toevoegen' })
  await dialog
    .getByLabel(/^Aanbieder/)
    .selectOption({ label: 'Stichting De Verre Horizon (fictief)' })
  await dialog.getByLabel(/^Afspraak/).fill(text)
  await dialog.getByLabel(/^Cliëntnummers/).fill(clientRef)
  await dialog.getByLabel(/^Eigenaar/).selectOption({ label: 'Aanbieder' })
  await dialog.getByLabel(/^Streefdatum/).fill('31-12-2099')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await gone(page, page.getByRole('dialog'))
}

async function sendAgreements(page: Page) {
  await page.getByRole('button', { name: 'Afspraken versturen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Afspraken versturen' })
  return download(page, () => dialog.getByRole('button', { name: 'Bestand maken' }).click())
}

async function loadAgreements(page: Page, path: string) {
  await page.getByLabel('Afspraken laden', { exact: true }).last().setInputFiles([path])
}

const panelItems = (page: Page) =>
  page.getByRole('list', { name: 'Afspraken met gemeenten' }).locator(':scope > li')

describe('afspraken between gemeente and provider', () => {
  it('go out in a file, come back with progress, update without duplicates, refuse what is wrong', async () => {
    const provider = (await open()).page
    const gemeente = (await open()).page

    // The provider: sample data; the first youth of a bespreking is the one the afspraak names.
    await provider.goto('/')
    await provider.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    await shown(provider.getByText('60 fictieve jongeren geladen.'))
    await provider.getByRole('link', { name: 'Bespreking' }).click()
    await provider.getByRole('button', { name: 'Bespreking starten' }).click()
    const heading = provider.locator('#review-youth-name')
    await shown(provider.locator('#review-youth-name'))
    const clientRef = ((await heading.textContent()) ?? '').split('·')[0]?.trim() ?? ''
    expect(clientRef).not.toBe('')
    const first = await exchangeFile(provider)

    // The gemeente: its own gemeente, the provider's file, three afspraken, the file out.
    await gemeente.goto('/instellingen')
    await gemeente
      .getByLabel(/^Eigen gemeente of jeugdregio/)
      .selectOption({ label: "'s-Gravenhage" })
    await gemeente.getByRole('button', { name: 'Opslaan', exact: true }).click()
    await shown(gemeente.getByText('Instellingen opgeslagen.'))
    await gemeente.goto('/gemeente-overzicht')
    await loadExchange(gemeente, first.path, false)
    await gemeente.getByRole('tab', { name: 'Afspraken' }).click()
    await addAgreement(gemeente, 'Kamertraining starten', clientRef)
    await addAgreement(gemeente, 'Drie gezinshuisplekken zoeken', '')
    await addAgreement(gemeente, 'Wachtlijst elke ronde bespreken', '')
    const sent = await sendAgreements(gemeente)
    expect(sent.name).toMatch(
      /^Afspraken_'s-Gravenhage_Stichting De Verre Horizon -fictief-_ronde-\d{4}-\d{2}-\d{2}\.json$/,
    )
    await expectNoAxeViolations(gemeente, 'gemeente: Afspraken tab after sending')

    // The provider loads it: Rapportage, board, bespreking.
    await loadAgreements(provider, sent.path)
    await shown(provider.getByText(/^Afspraken van 's-Gravenhage geladen: 3 nieuw, 0 bijgewerkt\./))
    expect(await panelItems(provider).count()).toBe(3)
    await expectNoAxeViolations(provider, 'provider: Afspraken met gemeenten')
    for (const [i, status] of [
      [0, 'Gedaan'],
      [1, 'Loopt'],
    ] as const) {
      await panelItems(provider).nth(i).getByRole('button', { name: 'Voortgang' }).click()
      const dialog = provider.getByRole('dialog', { name: 'Voortgang' })
      await dialog.getByLabel(/^Stand/).selectOption({ label: status })
      await dialog.getByLabel(/^Toelichting/).fill(`${status} volgens plan`)
      if (i === 0) await expectNoAxeViolations(provider, 'provider: Voortgang dialog')
      await dialog.getByRole('button', { name: 'Opslaan' }).click()
      await gone(provider, provider.getByRole('dialog'))
    }
    await provider.getByRole('link', { name: 'Bord' }).click()
    const row = provider.getByRole('row').filter({ hasText: clientRef })
    await shown(row.getByText('Afspraak'))
    await provider.getByRole('link', { name: 'Bespreking' }).click()
    await provider.getByText('Bespreking hervatten', { exact: true }).click()
    await shown(provider.getByRole('heading', { name: 'Open afspraken met gemeenten' }))
    await expectNoAxeViolations(provider, 'provider: bespreking with an afspraak')
    expect(await provider.getByText('Kamertraining starten').count()).toBeGreaterThan(0)

    // Progress goes back in the next uitwisselbestand; the gemeente sees it without typing.
    const second = await exchangeFile(provider)
    const carried = JSON.parse(readFileSync(second.path, 'utf8')) as { agreements: unknown[] }
    expect(carried.agreements).toHaveLength(3)
    await loadExchange(gemeente, second.path, true)
    await gemeente.getByRole('tab', { name: 'Afspraken' }).click()
    await shown(gemeente.getByText(/Gedaan — .*Gedaan volgens plan/))
    await shown(gemeente.getByText(/Loopt — .*Loopt volgens plan/))

    // A second afsprakenbestand updates; nothing doubles, progress stays.
    const item = gemeente
      .locator('.municipal-agreement')
      .filter({ hasText: 'Drie gezinshuisplekken' })
    await item.getByRole('button', { name: 'Afronden' }).click()
    await shown(gemeente.getByText('Afspraak afgerond.'))
    const update = await sendAgreements(gemeente)
    await provider.getByRole('link', { name: 'Rapportage' }).click()
    await loadAgreements(provider, update.path)
    await shown(provider.getByText(/geladen: 0 nieuw, 1 bijgewerkt\./))
    expect(await panelItems(provider).count()).toBe(3)
    expect(await provider.getByText(/Gedaan volgens plan/).count()).toBe(1)

    // Refused, nothing changed: a file for another board, a damaged file.
    const other = JSON.parse(readFileSync(update.path, 'utf8')) as AgreementsFile
    other.provider = {
      name: 'Zorggroep Oost (fictief)',
      id: '11111111-1111-4111-8111-111111111111',
    }
    other.createdAt = new Date().toISOString()
    const otherPath = tempPath('ander-bord.json')
    writeFileSync(otherPath, JSON.stringify(other))
    await loadAgreements(provider, otherPath)
    await shown(provider.getByText(/^Dit afsprakenbestand is voor een ander bord: ‘Zorggroep Oost/))
    await provider.getByRole('button', { name: 'Sluiten' }).first().click()
    const damaged = tempPath('beschadigd.json')
    writeFileSync(damaged, readFileSync(update.path, 'utf8').slice(0, 200))
    await loadAgreements(provider, damaged)
    await shown(
      provider.getByText(
        'Het bestand is geen geldige JSON. Mogelijk is het beschadigd of afgebroken.',
      ),
    )
    expect(await panelItems(provider).count()).toBe(3)

    // The same screens in English pass axe too: panel, Voortgang dialog, board mark, Afspraken tab.
    for (const page of [provider, gemeente]) {
      await page.getByRole('button', { name: 'English' }).click()
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    }
    await provider.getByRole('link', { name: 'Report' }).click()
    const panel = provider.getByRole('list', { name: 'Agreements with municipalities' })
    await shown(panel)
    await expectNoAxeViolations(provider, 'provider (en): Agreements with municipalities')
    await panel.locator(':scope > li').first().getByRole('button', { name: 'Progress' }).click()
    await shown(provider.getByRole('dialog', { name: 'Progress' }))
    await expectNoAxeViolations(provider, 'provider (en): Progress dialog')
    await provider.keyboard.press('Escape')
    await gone(provider, provider.getByRole('dialog'))
    await provider.getByRole('link', { name: 'Board' }).click()
    await shown(provider.getByRole('row').filter({ hasText: clientRef }))
    await expectNoAxeViolations(provider, 'provider (en): board with an agreement mark')
    await gemeente.getByRole('tab', { name: 'Agreements' }).click()
    await shown(gemeente.getByText(/Gedaan volgens plan/).first())
    await expectNoAxeViolations(gemeente, 'gemeente (en): Agreements tab with progress')
  })
})
