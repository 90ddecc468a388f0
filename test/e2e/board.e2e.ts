import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest()

async function addYouth(page: Session['page'], clientRef: string, municipality: string) {
  await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Jongere toevoegen' })
  await dialog.getByLabel('Cliëntnummer').fill(clientRef)
  await dialog.getByLabel('Geboortedatum').fill('2009-03-14')
  await dialog.getByLabel('Gemeente').fill(municipality)
  await dialog.getByLabel('Verblijfsvorm').selectOption({ label: 'Gezinshuis' })
  await dialog.getByLabel('Plaatsingsdatum').fill('2025-01-06')
  await dialog.getByLabel('Locatie of groep').fill('Gezinshuis De Eik')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect.poll(() => dialog.count()).toBe(0)
}

describe('the board', () => {
  it('starts empty with a clear first step and no accessibility violations', async () => {
    const { page } = s
    await page.goto('/')
    await expect
      .poll(() => page.getByRole('heading', { name: 'Nog geen jongeren op het bord' }).count())
      .toBe(1)
    expect(await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).isVisible()).toBe(
      true,
    )
    await expectNoAxeViolations(page, 'empty board')
  })

  it('keeps a new youth with "Wonen: rood", WON-2 and an action after a reload', async () => {
    const { page } = s
    await page.goto('/')
    await addYouth(page, 'E2E-001', 'Den Haag')
    await page.getByRole('button', { name: 'Wonen: onbekend' }).click()
    const editor = page.getByRole('dialog', { name: /Wonen — E2E-001/ })
    await expectNoAxeViolations(page, 'assessment editor')
    await editor.getByRole('radio', { name: 'Wonen: rood' }).check()
    await editor.getByRole('checkbox', { name: /WON-2/ }).check()
    await editor.getByLabel('Actie (volgende stap)').fill('Aanmelden bij kamertraining')
    await editor
      .getByLabel('Eigenaar (wie moet handelen)')
      .selectOption({ label: 'Gemeente/toegang' })
    await editor.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Wonen: rood' }).count()).toBe(1)

    await page.reload()
    await expect.poll(() => page.getByRole('button', { name: 'Wonen: rood' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: 'E2E-001' }).isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Wonen: rood' }).click()
    const reopened = page.getByRole('dialog', { name: /Wonen — E2E-001/ })
    expect(await reopened.getByRole('checkbox', { name: /WON-2/ }).isChecked()).toBe(true)
    expect(await reopened.getByLabel('Actie (volgende stap)').inputValue()).toBe(
      'Aanmelden bij kamertraining',
    )
    expect(await reopened.getByRole('radio', { name: 'Wonen: rood' }).isChecked()).toBe(true)
  })

  it('shows field errors in Dutch and refuses a BSN as cliëntnummer', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Jongere toevoegen' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Jongere toevoegen' })
    await dialog.getByLabel('Cliëntnummer').fill('111222333')
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => dialog.getByText(/Dit lijkt een BSN/).count()).toBeGreaterThan(0)
    expect(await dialog.getByText('Er zijn 5 velden niet goed ingevuld.').isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'youth form with errors')
    await dialog.getByRole('button', { name: 'Annuleren' }).click()
    expect(await page.getByRole('heading', { name: 'Nog geen jongeren op het bord' }).count()).toBe(
      1,
    )
  })

  it('loads sample data, filters by gemeente and searches', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    // Some sample youths already left care: the board shows the placed ones.
    const total = page.getByText(/^\d+ jongeren$/)
    await expect.poll(() => total.count()).toBe(1)
    const placed = Number(/^(\d+)/.exec((await total.textContent()) ?? '')?.[1])
    expect(placed).toBeGreaterThan(40)
    expect(placed).toBeLessThan(60)
    await expectNoAxeViolations(page, 'board with sample data')

    await page.getByLabel('Gemeente').selectOption("'s-Gravenhage")
    const shown = page.getByText(new RegExp(`van ${placed} jongeren getoond`))
    await expect.poll(() => shown.count()).toBe(1)
    const text = (await shown.textContent()) ?? ''
    const count = Number(/^(\d+) van/.exec(text)?.[1])
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(placed)
    const rows = page.locator('tbody tr.table__row')
    const municipalities = await rows.locator('td.table__cell--municipality').allTextContents()
    expect(new Set(municipalities)).toEqual(new Set(["'s-Gravenhage"]))

    await page.getByRole('button', { name: 'Filters wissen' }).click()
    const someone = (await rows.nth(3).locator('.cell-client__ref').textContent()) ?? ''
    expect(someone).toMatch(/^DSB-/)
    await page.getByLabel('Zoeken').fill(someone)
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().locator('.cell-client__ref').textContent()).toBe(someone)
  })

  it('filters on a colour by clicking its count', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click()
    const red = page.getByRole('button', { name: /^\d+ rood$/ })
    await expect.poll(() => red.count()).toBe(1)
    const redCount = Number(((await red.textContent()) ?? '').replace(/\D/g, ''))
    await red.click()
    expect(await red.getAttribute('aria-pressed')).toBe('true')
    await expect
      .poll(() => page.getByText(new RegExp(`^${redCount} van \\d+ jongeren getoond$`)).count())
      .toBe(1)
  })

  it('registers an uitstroom: the youth leaves the board but keeps its page', async () => {
    const { page } = s
    await page.goto('/')
    await addYouth(page, 'E2E-UIT', 'Rotterdam')
    await addYouth(page, 'E2E-BLIJFT', 'Rotterdam')
    await page.getByRole('link', { name: 'E2E-UIT' }).click()
    await page.getByRole('button', { name: 'Uitstroom registreren' }).click()
    const dialog = page.getByRole('dialog', { name: /Uitstroom registreren/ })
    await dialog.getByLabel('Bestemming (feitelijk)').selectOption({ label: 'Pleeggezin' })
    await dialog.getByLabel('Reden beëindiging (CBS)').selectOption({ label: '01 Volgens plan' })
    await dialog.getByRole('button', { name: 'Uitstroom registreren' }).click()
    await expect.poll(() => page.getByText(/Uitgestroomd op/).count()).toBe(1)
    await page.getByRole('link', { name: 'Terug naar het bord' }).click()
    await expect.poll(() => page.getByRole('link', { name: 'E2E-BLIJFT' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: 'E2E-UIT' }).count()).toBe(0)
    await page.reload()
    await expect.poll(() => page.getByText('1 jongeren', { exact: true }).count()).toBe(1)
  })
})

describe('settings', () => {
  it('renames a precondition and the board follows, with no accessibility violations', async () => {
    const { page } = s
    await page.goto('/')
    await addYouth(page, 'E2E-SET', 'Utrecht')
    await page.getByRole('link', { name: 'Instellingen' }).click()
    await expectNoAxeViolations(page, 'settings')
    await page.getByLabel('Naam (Wonen)').fill('Huisvesting')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => page.getByText('Instellingen opgeslagen.').count()).toBe(1)
    await page.getByRole('link', { name: 'Bord' }).click()
    await expect
      .poll(() => page.getByRole('button', { name: 'Huisvesting: onbekend' }).count())
      .toBe(1)
  })
})

describe('keyboard only', () => {
  it('adds a youth and sets a status without touching the mouse', async () => {
    const { page } = s
    await page.goto('/')
    await expect
      .poll(() => page.getByRole('heading', { name: 'Nog geen jongeren op het bord' }).count())
      .toBe(1)
    // Skip link first, then the header, to the "Jongere toevoegen" button.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud')
    const addButton = page.getByRole('button', { name: 'Jongere toevoegen' }).first()
    await addButton.focus()
    await page.keyboard.press('Enter')
    // The dialog opens with the cliëntnummer focused.
    const dialog = page.getByRole('dialog', { name: 'Jongere toevoegen' })
    await expect.poll(() => dialog.count()).toBe(1)
    await page.keyboard.type('KB-001')
    expect(await dialog.getByLabel('Cliëntnummer').inputValue()).toBe('KB-001')
    await page.keyboard.press('Tab') // roepnaam
    await page.keyboard.press('Tab') // geboortedatum
    await page.keyboard.type('14032009')
    await page.keyboard.press('Tab') // gemeente
    await page.keyboard.type('Leiden')
    await page.keyboard.press('Tab') // locatie
    await page.keyboard.press('Tab') // verblijfsvorm
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab') // plaatsingsdatum
    await page.keyboard.type('06012025')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.count()).toBe(0)

    const cell = page.getByRole('button', { name: 'School & dagbesteding: onbekend' })
    await cell.focus()
    await page.keyboard.press('Enter')
    const editor = page.getByRole('dialog', { name: /School & dagbesteding — KB-001/ })
    await expect.poll(() => editor.count()).toBe(1)
    await page.keyboard.press('o')
    expect(
      await editor.getByRole('radio', { name: 'School & dagbesteding: oranje' }).isChecked(),
    ).toBe(true)
    await page.keyboard.press('Control+Enter')
    await expect
      .poll(() => page.getByRole('button', { name: 'School & dagbesteding: oranje' }).count())
      .toBe(1)
    // Focus returns to where the user was, so the next cell is one Tab away.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^School & dagbesteding: /,
    )
  })
})
