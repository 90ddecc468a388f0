import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, sessionPerTest, type Session } from './browser'
import { dutchNumber, openWithSamples, removeSaved, tableCell } from './municipal-helpers'

// The Gemeente-overzicht as it fits a laptop and paper: Jongeren with pinned columns, a
// column chooser and change filters; Per aanbieder at 1440 px; Afdrukken.

const s = sessionPerTest({ cleanup: removeSaved })

type Page = Session['page']

async function openYouths(page: Page) {
  await openWithSamples(page)
  await page.getByRole('tab', { name: 'Jongeren' }).click()
  await page.getByRole('region', { name: /^Jongeren in deze ronde/ }).waitFor()
}

/** Where an element is and whether it is the one seen at its centre (nothing covers it). */
function seen(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)
    if (!el) return null
    const box = el.getBoundingClientRect()
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return { left: box.left, right: box.right, onTop: top !== null && el.contains(top) }
  }, selector)
}

const REGION = '.municipal-youths__table'

describe('the Gemeente-overzicht on a laptop and on paper', () => {
  it('keeps aanbieder and cliëntnummer in view when Jongeren scrolls sideways, by keyboard too', async () => {
    const { page } = s
    await openYouths(page)
    const region = page.getByRole('region', { name: /^Jongeren in deze ronde/ })
    // Show every column, so the table is wider than the screen.
    await page.getByRole('button', { name: /^Kolommen/ }).click()
    for (const name of ['Gemeente', 'Leeftijd', 'Verblijfsvorm', 'Verblijfsduur', 'Perspectief'])
      await page.getByRole('checkbox', { name, exact: true }).check()
    await page.keyboard.press('Escape')
    const width = await region.evaluate((el) => [el.scrollWidth, el.clientWidth])
    expect(width[0]).toBeGreaterThan((width[1] ?? 0) + 300)

    // The region takes focus and scrolls with the arrow keys.
    await region.focus()
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(300)
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth))

    const box = await region.boundingBox()
    const client = await seen(page, `${REGION} tbody tr.table__row .table__cell--clientRef`)
    const provider = await seen(page, `${REGION} tbody tr.table__row .table__cell--provider`)
    const status = await seen(page, `${REGION} tbody tr.table__row .table__cell--totalStatus`)
    // Cliëntnummer and aanbieder stay at the left, uncovered; the columns after them moved away.
    expect(client?.onTop).toBe(true)
    expect(provider?.onTop).toBe(true)
    expect(client?.left).toBeGreaterThanOrEqual(box?.x ?? 0)
    expect(client?.right).toBeLessThan((box?.x ?? 0) + 450)
    expect(status?.onTop).toBe(false)
    const ref = await page
      .locator(`${REGION} tbody tr.table__row .table__cell--clientRef`)
      .first()
      .textContent()
    expect(ref).toMatch(/^[A-Z]{3}-\d{4}$/)
  })

  it('chooses columns by keyboard, remembers them in this browser and resets to the defaults', async () => {
    const { page } = s
    await openYouths(page)
    const headers = () =>
      page
        .locator(`${REGION} thead th`)
        .evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').replace(/[▲▼↕]/g, '').trim()))
    expect((await headers()).slice(0, 2)).toEqual(['Aanbieder', 'Cliëntnummer'])
    expect(await headers()).not.toContain('Leeftijd')

    const toggle = page.getByRole('button', { name: /^Kolommen/ })
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true')
    await expectNoAxeViolations(page, 'column chooser')
    await page.getByRole('checkbox', { name: 'Leeftijd' }).focus()
    await page.keyboard.press('Space')
    await expect.poll(headers).toContain('Leeftijd')
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/^Kolommen/)

    await page.reload()
    await page.getByRole('region', { name: /^Jongeren in deze ronde/ }).waitFor()
    await expect.poll(headers).toContain('Leeftijd')
    await page.getByRole('button', { name: /^Kolommen/ }).click()
    await page.getByRole('button', { name: 'Standaardkolommen' }).click()
    await expect.poll(headers).not.toContain('Leeftijd')
  })

  it('filters verslechterd, verbeterd and nieuw as the change table counts them', async () => {
    const { page } = s
    await openWithSamples(page)
    const worse = dutchNumber(await tableCell(page, /^Tabel 7\./, /^Verslechterd/, 'Jongeren'))
    const better = dutchNumber(await tableCell(page, /^Tabel 7\./, /^Verbeterd/, 'Jongeren'))
    expect(worse).toBeGreaterThan(0)
    await page.getByRole('tab', { name: 'Jongeren' }).click()
    const filter = page.getByLabel('Sinds vorige peildatum')
    await filter.selectOption({ label: `Verslechterd (${worse})` })
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'jongeren getoond' }).textContent())
      .toMatch(new RegExp(`^${worse} van \\d+ jongeren getoond$`))
    const changes = await page.locator(`${REGION} .table__cell--change`).allTextContents()
    expect(new Set(changes)).toEqual(new Set(['Verslechterd']))
    await filter.selectOption({ label: `Verbeterd (${better})` })
    await expect
      .poll(() => page.locator(`${REGION} .table__cell--change`).first().textContent())
      .toBe('Verbeterd')
    const nieuw = (await filter.locator('option').allTextContents()).find((o) =>
      o.startsWith('Nieuw'),
    )
    expect(nieuw).toMatch(/^Nieuw \(\d+\)$/)
  })

  it('shows every Per aanbieder column, Signalen too, at 1440 px without scrolling', async () => {
    const { page } = s
    await openWithSamples(page)
    await page.getByRole('tab', { name: 'Per aanbieder' }).click()
    const box = page.locator('.municipal-providers')
    await box.waitFor()
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth])
    expect(scroll).toBeLessThanOrEqual(client ?? 0)
    const signals = await page.getByRole('columnheader', { name: /Signalen/ }).boundingBox()
    const area = await box.boundingBox()
    expect((signals?.x ?? 0) + (signals?.width ?? 0)).toBeLessThanOrEqual(
      (area?.x ?? 0) + (area?.width ?? 0),
    )
  })

  it('prints the chosen sections in order, tables numbered as read, without a single button', async () => {
    const { page } = s
    await openWithSamples(page)
    // The browser's own print dialog cannot be driven: count the calls instead.
    await page.evaluate(() => {
      window.print = () => {
        ;(window as unknown as { printed: number }).printed =
          ((window as unknown as { printed?: number }).printed ?? 0) + 1
      }
    })
    await page.getByRole('button', { name: 'Afdrukken' }).click()
    const dialog = page.getByRole('dialog', { name: 'Afdrukken' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'print dialog')
    await dialog.getByRole('checkbox', { name: 'Trend' }).uncheck()
    await dialog.getByRole('button', { name: 'Afdrukken' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed))
      .toBe(1)

    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('button:visible').count()).toBe(0)
    expect(await page.locator('[role="tab"]:visible, select:visible').count()).toBe(0)
    const sections = await page.locator('.municipal-print__title:visible').allTextContents()
    expect(sections).toEqual(['Overzicht', 'Per aanbieder', 'Jongeren', 'Signalen', 'Afspraken'])
    const numbers = (await page.locator('caption:visible').allTextContents())
      .map((c) => /^Tabel (\d+)\./.exec(c)?.[1])
      .filter((n) => n !== undefined)
      .map(Number)
    expect(numbers.slice(0, 3)).toEqual([1, 2, 3])
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(numbers).toContain(17)
    // Every youth of the ronde is on paper, not only the rows a virtual table shows.
    const youthRows = await page.locator('.municipal-youths-print tbody tr').count()
    const total = await page
      .locator('.municipal-youths-print')
      .evaluate(
        (table) => table.closest('section')?.querySelector('.report-lead')?.textContent ?? '',
      )
    expect(total).toBe(`Alle ${youthRows} jongeren, met de gekozen kolommen.`)
    await page.emulateMedia({ media: 'screen' })

    // Closing the print returns to the tabs.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect.poll(() => page.getByRole('tab', { name: 'Overzicht' }).isVisible()).toBe(true)
  })

  it('has no accessibility violations in English with the chooser and the print dialog open', async () => {
    const { page } = s
    await page.goto('/gemeente-overzicht')
    await page.getByRole('button', { name: 'English' }).click()
    await page.mouse.move(700, 700)
    await page.getByRole('button', { name: 'Load sample files' }).click()
    await page.getByRole('tab', { name: 'Youths' }).click({ timeout: 30_000 })
    await page.getByRole('button', { name: /^Columns/ }).click()
    await expect.poll(() => page.getByRole('group', { name: 'Choose columns' }).count()).toBe(1)
    await expectNoAxeViolations(page, 'column chooser (en)')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Print', exact: true }).click()
    await expect.poll(() => page.getByRole('dialog', { name: 'Print' }).count()).toBe(1)
    await expectNoAxeViolations(page, 'print dialog (en)')
  })
})

describe('Afdrukken on paper', () => {
  it('prints a chosen section as an A4-landscape page without the controls', async () => {
    const { page } = s
    await openWithSamples(page)
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.getByRole('button', { name: 'Afdrukken' }).click()
    const dialog = page.getByRole('dialog', { name: 'Afdrukken' })
    for (const section of ['Per aanbieder', 'Jongeren', 'Trend', 'Signalen', 'Afspraken'])
      await dialog.getByRole('checkbox', { name: section }).uncheck()
    await dialog.getByRole('button', { name: 'Afdrukken' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1)

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('tablist').isVisible()).toBe(false)
    expect(await page.getByRole('combobox', { name: 'Ronde', exact: true }).isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Exporteren naar Excel' }).isVisible()).toBe(
      false,
    )
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false)
    expect(
      await page
        .getByText(/^Gemeente-overzicht — Alle gemeenten — ronde \d\d-\d\d-\d{4}$/)
        .isVisible(),
    ).toBe(true)
    expect(await page.getByRole('table', { name: /^Tabel 9\./ }).isVisible()).toBe(true)
    expect(await page.getByRole('table', { name: /^Tabel 15\./ }).count()).toBe(0)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const raw = pdf.toString('latin1')
    // A4 landscape: 842 × 595 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw)
    expect(Math.round(Number(box?.[1]))).toBe(842)
    expect(Math.round(Number(box?.[2]))).toBe(595)
  })
})
