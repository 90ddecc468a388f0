import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { getReportNote } from '../../db/report-repo'
import { SETTINGS_KEY } from '../../db/settings-repo'
import { storedYouths } from '../../db/youth-record'
import { fixture } from '../../../test/fixtures/report-fixture'
import { ReportPage } from './report-page'

/** Stores the fixture's history (see test/fixtures/report-fixture.ts) as the app would. */
async function seed() {
  const { current, audit } = fixture()
  await db.youths.bulkAdd(
    storedYouths(
      current.youths.values(),
      [...current.assessments.values()].flatMap((m) => [...m.values()]),
    ),
  )
  await db.audit.bulkAdd(audit)
  await db.settings.put({ key: SETTINGS_KEY, value: current.settings })
}

const downloads: string[] = []

beforeEach(async () => {
  // The fixture's "today": 20 May 2026, in the period after P2 (30-03 to 10-05-2026).
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-05-20T12:00:00'))
  downloads.length = 0
  URL.createObjectURL = vi.fn(() => 'blob:report')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download)
  })
  await seed()
})

afterEach(() => {
  vi.useRealTimers()
})

async function openP1DenHaag() {
  const app = renderWithApp(<ReportPage />, { path: '/rapportage' })
  const periods = await screen.findByLabelText('Periode')
  expect(
    within(periods)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual([
    '11-05-2026 t/m 21-06-2026 (voorlopig)',
    '30-03-2026 t/m 10-05-2026',
    '16-02-2026 t/m 29-03-2026',
    '05-01-2026 t/m 15-02-2026',
  ])
  // The latest ended period is chosen first.
  expect(periods).toHaveValue('2')
  await app.user.selectOptions(periods, '16-02-2026 t/m 29-03-2026')
  await app.user.selectOptions(screen.getByLabelText('Gemeente of jeugdregio'), "'s-Gravenhage")
  await screen.findByText(/— 's-Gravenhage$/)
  return app
}

function tableNamed(name: RegExp) {
  return screen.getByRole('table', { name })
}

describe('the Rapportage screen', () => {
  it('shows the figures of the chosen period and gemeente, as they were on the peildatum', async () => {
    await openP1DenHaag()
    const key = tableNamed(/^Tabel 1\. Kerncijfers/)
    expect(
      within(key).getByRole('row', { name: /Geplaatste jongeren op de peildatum/ }),
    ).toHaveTextContent('4')
    expect(
      within(key).getByRole('row', { name: /Dagen verblijf langer dan nodig/ }),
    ).toHaveTextContent('28')
    expect(within(key).getByRole('row', { name: /Verblijfsduur gemiddeld/ })).toHaveTextContent(
      '383,8',
    )
    const total = tableNamed(/^Tabel 5\. Totaalstatus/)
    expect(within(total).getByRole('row', { name: /rood/ })).toHaveTextContent('375,0%1+2')
    expect(screen.getByText('2 jongeren rood op Wonen, 1 daarvan JON-1.')).toBeInTheDocument()
    const list = tableNamed(/^Tabel 13\. Jongerenlijst/)
    const refs = within(list)
      .getAllByRole('rowheader')
      .map((c) => c.textContent)
    expect(refs).toEqual(['H-01', 'H-02', 'H-05', 'H-03'])
    const report = screen.getByRole('article', { name: 'Zeswekelijkse rapportage' })
    const peildatum = within(report)
      .getAllByRole('term')
      .find((t) => t.textContent === 'Peildatum')
    expect(peildatum?.nextElementSibling).toHaveTextContent('29-03-2026')
    const about = tableNamed(/^Tabel 14\. Over deze rapportage/)
    expect(within(about).getByRole('row', { name: /Voorlopig/ })).toHaveTextContent(
      'Nee: de periode is afgelopen',
    )
  })

  it('shows roepnaam/initialen only after the explicit choice', async () => {
    const { user } = await openP1DenHaag()
    expect(screen.queryByRole('columnheader', { name: 'Roepnaam/initialen' })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /Roepnaam\/initialen opnemen/ }))
    expect(
      await screen.findByRole('columnheader', { name: 'Roepnaam/initialen' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: 'Anna' })).toBeInTheDocument()
  })

  it('saves Signalen for this period and gemeente', async () => {
    const { user } = await openP1DenHaag()
    await user.type(
      screen.getByLabelText('Signalen aan de gemeente'),
      'Wachtlijst kamertraining loopt op.',
    )
    await user.click(screen.getByRole('button', { name: 'Signalen opslaan' }))
    expect(await screen.findByText('Signalen opgeslagen.')).toBeInTheDocument()
    const note = await getReportNote('2026-03-29', { kind: 'gemeente', code: 'GM0518' })
    expect(note?.text).toBe('Wachtlijst kamertraining loopt op.')
  })

  it('downloads the CSV and the Excel file with provider, gemeente and peildatum in the name', async () => {
    const { user } = await openP1DenHaag()
    await user.click(screen.getByRole('button', { name: 'Exporteren als CSV' }))
    expect(await screen.findByText(/^Gedownload: /)).toHaveTextContent(
      'Gedownload: Rapportage_Stichting-Testzorg_s-Gravenhage_peildatum-2026-03-29.csv',
    )
    await user.click(screen.getByRole('button', { name: 'Exporteren naar Excel' }))
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 })
    expect(downloads[1]).toBe(
      'Rapportage_Stichting-Testzorg_s-Gravenhage_peildatum-2026-03-29.xlsx',
    )
    await user.click(screen.getByRole('button', { name: 'Uitwisselbestand maken' }))
    await waitFor(() => expect(downloads).toHaveLength(3))
    expect(downloads[2]).toBe(
      'Uitwisselbestand_Stichting-Testzorg_s-Gravenhage_peildatum-2026-03-29.json',
    )
  })

  it('says in Dutch when an export fails, and changes nothing', async () => {
    const { user } = await openP1DenHaag()
    URL.createObjectURL = vi.fn(() => {
      throw new Error('quota')
    })
    await user.click(screen.getByRole('button', { name: 'Exporteren als CSV' }))
    // The alert region is always there (so it is announced); wait for its text.
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Het CSV-bestand kon niet worden gemaakt. Uw gegevens zijn niet gewijzigd. Probeer het opnieuw.',
      ),
    )
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeEnabled()
  })
})
