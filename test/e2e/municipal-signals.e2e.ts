import { describe, expect, it } from 'vitest'
import { addDaysIso, formatDutchDate, todayIso } from '../../src/domain/dates'
import type { ExchangeYouthV1 } from '../../src/domain/exchange/exchange-schema'
import { makeExchangeFile, makeExchangeYouth } from '../factories/exchange'
import { makeExchangeFileV2 } from '../factories/exchange-v2'
import { expectNoAxeViolations, sessionPerTest, type Session } from './browser'
import { loadBuiltFiles, removeSaved, setTariff } from './municipal-helpers'

// Issue 21 items 4, 8 and 10, with files built here: a signaal becomes an afspraak, each
// youth's cost on Jongeren, and the screen in English without a Dutch word where it matters.

const s = sessionPerTest({ cleanup: removeSaved })
type Page = Session['page']

const P = '2026-11-22'
const HAAG = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const DELFT = { kind: 'gemeente', code: 'GM0503', name: 'Delft' } as const
const SIGNAL = 'Negen jongeren wachten op begeleid wonen (WON-2); de wachtlijst loopt op.'

const youth = (clientRef: string, overrides: Partial<ExchangeYouthV1> = {}) =>
  makeExchangeYouth({ clientRef, livingArrangement: 'gezinshuis', ...overrides })
const overdue = (days: number) => ({ daysOverdue: days, expectedOutflowDate: '2026-09-21' })

/**
 * A sends one file per gemeente with the same signaal (re-wrapped in the second); B sends a
 * version 1 file for all gemeenten, which does not say which days fall in the period.
 */
const FILES: [string, unknown][] = [
  [
    'A-haag.json',
    makeExchangeFileV2({
      provider: 'A (test)',
      scope: HAAG,
      peildatum: P,
      signals: SIGNAL,
      // a1: 62 days past its date, 42 of them in this period.
      youths: [youth('a1', overdue(62)), youth('a2')],
    }),
  ],
  [
    'A-delft.json',
    makeExchangeFileV2({
      provider: 'A (test)',
      scope: DELFT,
      peildatum: P,
      signals: SIGNAL.replace('; ', ';\n'),
      youths: [youth('a3', { municipalityCode: 'GM0503', ...overdue(10) })],
    }),
  ],
  [
    'B.json',
    makeExchangeFile({
      provider: 'B (test)',
      scope: { kind: 'all', name: 'Alle gemeenten' },
      peildatum: P,
      signals: 'Crisisopvang vaak vol.',
      youths: [youth('b1', overdue(5))],
    }),
  ],
]

/** Per row of Jongeren: cliëntnummer → the text in the column with this header. */
async function column(page: Page, header: string): Promise<Record<string, string>> {
  const table = page.locator('.municipal-youths__table')
  const headers = await table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').replace(/[▲▼↕]/g, '').trim()))
  const index = headers.indexOf(header)
  expect(index, `${header} in ${headers.join(' | ')}`).toBeGreaterThan(-1)
  const rows = await table.locator('tbody tr.table__row').all()
  const entries: [string, string][] = []
  for (const row of rows) {
    const cells = await row.locator('th, td').allTextContents()
    entries.push([cells[1] ?? '', cells[index] ?? ''])
  }
  return Object.fromEntries(entries)
}

const shownRefs = async (page: Page) =>
  Object.keys(await column(page, 'Cliëntnummer')).filter((ref) => ref !== '')

describe('signalen, costs per youth and the overview in English', () => {
  it('turns a signaal into an afspraak with provider, knelpunt and text filled in', async () => {
    const { page } = s
    await loadBuiltFiles(page, FILES)
    await page.getByRole('tab', { name: 'Signalen' }).click()
    const items = page.locator('.municipal-signal')
    // A's signaal from two files is shown once, naming both gemeenten; B's beside it.
    await expect.poll(() => items.count()).toBe(2)
    const a = items.filter({ hasText: 'A (test)' })
    const from = await a.locator('.municipal-signal__from').textContent()
    expect(from).toContain("Gemeente 's-Gravenhage")
    expect(from).toContain('Gemeente Delft')
    expect(await a.getByText('Knelpunt WON-2').count()).toBe(1)
    await expectNoAxeViolations(page, 'Signalen (nl)')

    await a.getByRole('button', { name: /^Afspraak maken/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Afspraak toevoegen' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const provider = dialog.getByLabel('Aanbieder')
    expect(await provider.locator('option:checked').textContent()).toBe('A (test)')
    expect(await dialog.getByLabel('Knelpuntcode').inputValue()).toBe('WON-2')
    // The text as one of the two files wrote it (they differ only in a line break).
    const text = await dialog.getByRole('textbox', { name: /^Afspraak/ }).inputValue()
    expect(text.replace(/\s+/g, ' ')).toBe(SIGNAL)
    // The streefdatum's example lies ahead, never in the past.
    const example = formatDutchDate(addDaysIso(todayIso(), 42))
    expect(await dialog.getByText(`Bijvoorbeeld ${example}`).count()).toBe(1)
    await expectNoAxeViolations(page, 'Afspraak maken from a signaal (nl)')

    // An unknown knelpuntcode and a cliëntnummer that passes the BSN elfproef are refused,
    // each at its own field; nothing is stored.
    await dialog.getByLabel('Knelpuntcode').fill('WON-9')
    await dialog.getByLabel(/^Cliëntnummers/).fill('111222333')
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    const described = (label: string | RegExp) => () =>
      dialog.getByLabel(label).evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      )
    await expect.poll(described('Knelpuntcode')).toContain('Deze knelpuntcode is onbekend')
    expect(await described(/^Cliëntnummers/)()).toContain('Dit lijkt een BSN')
    expect(await dialog.isVisible()).toBe(true)
    await dialog.getByLabel(/^Cliëntnummers/).fill('')
    await dialog.getByLabel('Knelpuntcode').fill('WON-2')
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => page.getByText('Afspraak toegevoegd.').count()).toBe(1)

    await page.getByRole('tab', { name: 'Afspraken' }).click()
    const list = page.getByRole('list', { name: 'Afspraken met A (test)' })
    await expect
      .poll(() => list.getByText(/Negen jongeren wachten op begeleid wonen/).count())
      .toBe(1)
    expect(await list.getByText('WON-2').count()).toBeGreaterThan(0)
  })

  it('shows what each youth costs on Jongeren, sortable, named as on the Overzicht', async () => {
    const { page } = s
    await setTariff(page)
    await loadBuiltFiles(page, FILES)
    await page.getByRole('tab', { name: 'Jongeren' }).click()
    const inPeriod = await column(page, 'Kosten in deze periode')
    const since = await column(page, 'Kosten sinds de beoogde uitstroomdatum')
    expect(since.a1).toBe('€\u00a015.500,00')
    expect(inPeriod.a1).toBe('€\u00a010.500,00')
    expect(since.b1).toBe('€\u00a01.250,00')
    expect(inPeriod.b1).toMatch(/^n\.b\./)
    await page.getByRole('button', { name: 'Kosten sinds de beoogde uitstroomdatum' }).click()
    expect((await shownRefs(page)).slice(0, 3)).toEqual(['a1', 'a3', 'b1'])
    await expectNoAxeViolations(page, 'Jongeren with costs (nl)')
    // The same amounts per provider and over the rondes.
    await page.getByRole('tab', { name: 'Per aanbieder' }).click()
    await expect.poll(() => page.getByText('€\u00a018.000,00 sinds uitstroomdatum').count()).toBe(1)
    await page.getByRole('tab', { name: 'Trend' }).click()
    const trend = page.getByRole('table', { name: /alle aanbieders samen/ })
    expect(await trend.locator('thead').textContent()).toContain('Kosten in deze periode')
  })

  it('says not known, amber and reference date in English, and names its files in English', async () => {
    const { page } = s
    await setTariff(page)
    await loadBuiltFiles(page, FILES)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    const dutch = /peildatum|\bn\.b\.|\borange\b|\bronde\b/i
    for (const tab of ['Overview', 'Per provider', 'Youths', 'Trend', 'Signals', 'Agreements']) {
      await page.getByRole('tab', { name: tab }).click()
      await expect.poll(() => page.getByRole('tab', { name: tab, selected: true }).count()).toBe(1)
      const text = await page.locator('main').innerText()
      expect(text.match(dutch)?.[0], `${tab}: a Dutch word`).toBeUndefined()
      if (tab === 'Youths') {
        const cost = await column(page, 'Cost in this period')
        expect(cost.b1).toMatch(/^not known/)
      }
      if (['Youths', 'Signals', 'Agreements'].includes(tab))
        await expectNoAxeViolations(page, `${tab} (en)`)
    }
    await page.getByRole('tab', { name: 'Signals' }).click()
    expect(await page.getByRole('button', { name: /^Make agreement/ }).count()).toBe(2)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^Municipal-overview-youths_all-municipalities_round-\d{4}-\d{2}-\d{2}\.csv$/,
    )
  })
})
