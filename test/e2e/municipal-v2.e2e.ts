import { describe, expect, it } from 'vitest'
import type { ExchangeYouthV1 } from '../../src/domain/exchange/exchange-schema'
import { makeExchangeYouth } from '../factories/exchange'
import { makeExchangeFileV2, type ExchangeFileV2Options } from '../factories/exchange-v2'
import { expectNoAxeViolations, sessionPerTest, type Session } from './browser'
import { dutchNumber, loadBuiltFiles, removeSaved, setTariff, tableCell } from './municipal-helpers'

// Issue 21 items 1, 2, 4 and 6 with uitwisselbestanden version 2 built here, so every expected
// number below is counted by hand from the rows in this file.

const s = sessionPerTest({ cleanup: removeSaved })
type Page = Session['page']

const ALL = { kind: 'all', name: 'Alle gemeenten' } as const
/** Two peildata six weeks apart: two consecutive rondes, whatever the rhythm's anchor. */
const P1 = '2026-10-11'
const P2 = '2026-11-22'

const youth = (clientRef: string, overrides: Partial<ExchangeYouthV1> = {}) =>
  makeExchangeYouth({ clientRef, livingArrangement: 'gezinshuis', ...overrides })
const statuses = (wonen: string, school = 'groen') =>
  ({ wonen, school, toekomstplan: 'nvt' }) as ExchangeYouthV1['statuses']
const overdue = (days: number) => ({ daysOverdue: days, expectedOutflowDate: '2026-09-21' })

/**
 * A delivers in both rondes; B only in the first, C only in the second. Every file covers all
 * gemeenten; the youths live in 's-Gravenhage (GM0518) and Delft (GM0503).
 */
const FILES: [string, ExchangeFileV2Options][] = [
  [
    'A-1.json',
    {
      provider: 'A (test)',
      peildatum: P1,
      youths: [
        youth('a1', { statuses: statuses('rood'), ...overdue(20) }),
        youth('a2', { municipalityCode: 'GM0503' }),
      ],
    },
  ],
  [
    'A-2.json',
    {
      provider: 'A (test)',
      peildatum: P2,
      youths: [
        // Held by Wonen (rood) and School (oranje); 62 days past, 42 of them in this period.
        youth('a1', { statuses: statuses('rood', 'oranje'), ...overdue(62) }),
        youth('a2', { municipalityCode: 'GM0503', statuses: statuses('rood') }),
        youth('a3', { placementDate: '2026-11-01', lengthOfStayDays: 21 }),
      ],
      inflowCodes: ['GM0518'],
      leavers: [{ municipalityCode: 'GM0518', daysOverdueInPeriod: 5 }],
    },
  ],
  [
    'B-1.json',
    {
      provider: 'B (test)',
      peildatum: P1,
      youths: [
        youth('b1', { statuses: statuses('rood') }),
        youth('b2', { statuses: statuses('rood') }),
      ],
    },
  ],
  [
    'C-2.json',
    {
      provider: 'C (test)',
      peildatum: P2,
      // c2 is past its date with every randvoorwaarde groen: klaar maar vast on none.
      youths: [youth('c1'), youth('c2', { municipalityCode: 'GM0503', ...overdue(10) })],
      inflowCodes: ['GM0503'],
    },
  ],
]

const loadFiles = (page: Page) =>
  loadBuiltFiles(
    page,
    FILES.map(([name, options]) => [name, makeExchangeFileV2({ scope: ALL, ...options })]),
  )

/** The tile with this label: its texts (value, note, change). */
const tile = (page: Page, label: string) =>
  page.locator('.municipal-tile').filter({ has: page.getByText(label, { exact: true }) })

describe('the Gemeente-overzicht with uitwisselbestanden version 2', () => {
  it('compares like with like on the Overzicht and the Trend, naming the providers that differ', async () => {
    const { page } = s
    await loadFiles(page)
    // This ronde: A (3) and C (2). Against the previous ronde only A counts: 2 → 3 placed,
    // 1 → 2 rood. B's two rood of the previous ronde are named, not compared.
    expect(
      await tile(page, 'Geplaatste jongeren').locator('.municipal-tile__value').textContent(),
    ).toBe('5')
    expect(
      await tile(page, 'Geplaatste jongeren').locator('.municipal-tile__change').textContent(),
    ).toBe('▲ +1 (meer) sinds vorige ronde')
    expect(
      await tile(page, 'Totaalstatus rood').locator('.municipal-tile__change').textContent(),
    ).toBe('▲ +1 (meer) sinds vorige ronde')
    const basis = await page.locator('.municipal-change-basis').textContent()
    expect(basis).toContain('alleen de 1 aanbieder die in beide rondes een bestand leverden')
    expect(basis).toContain('C (test) (alleen deze ronde), B (test) (alleen vorige ronde)')
    expect(
      await tableCell(page, /^Tabel 1\./, /^Totaalstatus rood in de vorige ronde/, 'Waarde'),
    ).toBe('1')
    expect(await tableCell(page, /^Tabel 8\./, /^Wonen/, '± Rood')).toBe('+1')

    await page.getByRole('tab', { name: 'Trend' }).click()
    const trend = page.getByRole('table', { name: /alle aanbieders samen/ })
    const newest = trend.locator('tbody tr').first()
    const cells = await newest.locator('th, td').allTextContents()
    // Ronde, rood, oranje, onbekend, groen, geplaatst, ± rood, ± geplaatst, aanbieders, …
    expect(cells.slice(1, 8)).toEqual(['2', '0', '0', '3', '5', '+1', '+1'])
    expect(cells.at(-1)).toBe('nieuw: C (test); niet meer: B (test)')
  })

  it('gives a gemeente picked from all-gemeenten files every figure, without n.b.', async () => {
    const { page } = s
    await loadFiles(page)
    await page.getByLabel('Gemeente of jeugdregio').selectOption({ label: "'s-Gravenhage" })
    await expect
      .poll(() => page.getByText(/Gemeente-overzicht — Gemeente 's-Gravenhage/).count())
      .toBeGreaterThan(0)
    // 's-Gravenhage: a1 and a3 at A, c1 at C; instroom a3 (A); uitstroom A's leaver.
    expect(
      await tile(page, 'Geplaatste jongeren').locator('.municipal-tile__value').textContent(),
    ).toBe('3')
    expect(await tile(page, 'Instroom').locator('.municipal-tile__value').textContent()).toBe('1')
    expect(await tile(page, 'Uitstroom').locator('.municipal-tile__value').textContent()).toBe('1')
    expect(await page.locator('.municipal-tile--nb').count()).toBe(0)
    const table1 = page.getByRole('table', { name: /^Tabel 1\./ })
    expect(await table1.getByText('n.b.', { exact: true }).count()).toBe(0)
    expect(dutchNumber(await tableCell(page, /^Tabel 1\./, /^Instroom/, 'Waarde'))).toBe(1)
  })

  it('shows both costs at the top, named, and klaar maar vast against hand-counted rows', async () => {
    const { page } = s
    await setTariff(page)
    await loadFiles(page)
    // Since the date: a1 62 + c2 10 days; in this period: a1 42 + c2 10 + A's leaver 5 days.
    const inPeriod = tile(page, 'Kosten in deze periode')
    const since = tile(page, 'Kosten sinds de beoogde uitstroomdatum').first()
    expect(await inPeriod.locator('.municipal-tile__value').textContent()).toBe('€\u00a014.250,00')
    expect(await since.locator('.municipal-tile__value').textContent()).toBe('€\u00a018.000,00')
    // Against the previous ronde, A only: a1 was 20 days past (€ 5.000,00), now 62 (€ 15.500,00).
    expect(await since.locator('.municipal-tile__change').textContent()).toBe(
      '▲ +€\u00a010.500,00 (meer) sinds vorige ronde',
    )

    // Klaar maar vast: a1 held by Wonen and School, c2 by no open randvoorwaarde.
    const stuck = /Klaar maar vast:/
    expect(await tableCell(page, stuck, /^A \(test\)/, 'Wonen')).toBe('1')
    expect(await tableCell(page, stuck, /^A \(test\)/, 'School & dagbesteding')).toBe('1')
    expect(await tableCell(page, stuck, /^C \(test\)/, 'Geen open randvoorwaarde')).toBe('1')
    expect(await tableCell(page, stuck, /^Alle aanbieders/, 'Over uitstroomdatum')).toBe('2')
    await expectNoAxeViolations(page, 'Overzicht with costs and klaar maar vast (nl)')

    await page.getByRole('tab', { name: 'Jongeren' }).click()
    await page.getByLabel('Klaar maar vast').selectOption('wonen')
    await expect.poll(() => page.getByText('1 van 5 jongeren getoond').count()).toBe(1)
    await expectNoAxeViolations(page, 'Jongeren filtered on klaar maar vast (nl)')
    await page.getByRole('tab', { name: 'Trend' }).click()
    await expectNoAxeViolations(page, 'Trend (nl)')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    for (const tab of ['Overview', 'Youths', 'Trend']) {
      await page.getByRole('tab', { name: tab }).click()
      await expectNoAxeViolations(page, `${tab} (en)`)
    }
  })
})
