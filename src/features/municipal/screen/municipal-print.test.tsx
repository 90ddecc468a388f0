import { act, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../../test/factories/exchange'
import { fixtureOverview } from '../../../../test/fixtures/municipal-overview'
import { renderWithApp } from '../../../../test/render'
import { buildMunicipalOverview, type MunicipalOverview } from '../../../domain/municipal'
import { nl } from '../../../i18n/nl'
import { municipalTables } from '../../../tables/municipal/municipal-tables'
import { MunicipalPrintDialog, MunicipalPrintView } from './municipal-print'
import type { MunicipalTab } from './municipal-view-store'

/** Afdrukken as the screen wires it: the dialog, then the print view until the print closes. */
function Printing({ overview = fixtureOverview().overview }: { overview?: MunicipalOverview }) {
  const [dialog, setDialog] = useState(true)
  const [sections, setSections] = useState<MunicipalTab[] | null>(null)
  return (
    <>
      {dialog && (
        <MunicipalPrintDialog
          onClose={() => setDialog(false)}
          onPrint={(chosen) => {
            setDialog(false)
            setSections(chosen)
          }}
        />
      )}
      {sections && (
        <MunicipalPrintView
          overview={overview}
          tables={municipalTables(overview, nl)}
          sections={sections}
          onDone={() => setSections(null)}
        />
      )}
      {!dialog && !sections && <p>Terug op het scherm</p>}
    </>
  )
}

const print = vi.fn()
beforeEach(() => {
  print.mockReset()
  vi.stubGlobal('print', print)
})
afterEach(() => vi.unstubAllGlobals())

const sectionTitles = () =>
  screen
    .getAllByRole('heading', { level: 2 })
    .filter((h) => h.classList.contains('municipal-print__title'))
    .map((h) => h.textContent)

describe('Afdrukken', () => {
  it('prints every section in the order of the tabs unless the user unticks some', async () => {
    const { user } = renderWithApp(<Printing />)
    const dialog = screen.getByRole('dialog', { name: 'Afdrukken' })
    expect(dialog).toBeVisible()
    await user.click(screen.getByRole('checkbox', { name: 'Trend' }))
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(sectionTitles()).toEqual([
      'Overzicht',
      'Per aanbieder',
      'Jongeren',
      'Signalen',
      'Afspraken',
    ])
    // Per aanbieder and Afspraken go on paper as their numbered tables, Jongeren in full.
    expect(screen.getByRole('table', { name: /^Tabel 15\. Per aanbieder/ })).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /^Tabel 17\. Jongeren/ })).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /^Tabel 19\. Afspraken/ })).toBeInTheDocument()
    // Table numbers rise in reading order, on paper as in the workbook.
    const numbers = screen
      .getAllByRole('table')
      .map((table) => /^Tabel (\d+)\./.exec(table.querySelector('caption')?.textContent ?? ''))
      .filter((match) => match !== null)
      .map((match) => Number(match[1]))
    expect(numbers.length).toBeGreaterThan(10)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(numbers[0]).toBe(1)
    // Closing the browser's print returns to the screen.
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(screen.getByText('Terug op het scherm')).toBeInTheDocument()
  })

  it('puts at most 500 youths on paper and says that the exports hold them all', async () => {
    const youths = Array.from({ length: 620 }, (_, i) => makeExchangeYouth({ clientRef: `c${i}` }))
    const overview = buildMunicipalOverview({
      files: [makeStoredFile({ provider: 'Groot', peildatum: '2026-03-29', youths })],
      rondeDate: '2026-03-29',
      settings: {
        rondeAnchorDate: '2026-02-15',
        rondeWeeks: 6,
        rondeWindowWeeks: 6,
        dailyTariffs: {},
      },
      selection: { kind: 'all' },
      agreements: [],
      today: '2026-04-02',
    })
    const { user } = renderWithApp(<Printing overview={overview} />)
    for (const name of ['Overzicht', 'Per aanbieder', 'Trend', 'Signalen', 'Afspraken'])
      await user.click(screen.getByRole('checkbox', { name }))
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }))
    const table = screen.getByRole('table', { name: /^Tabel 17\. Jongeren/ })
    expect(table.querySelectorAll('tbody tr')).toHaveLength(500)
    expect(
      screen.getByText(
        'De eerste 500 van 620 jongeren staan hier; de exports bevatten ze allemaal.',
      ),
    ).toBeInTheDocument()
  })

  it('asks for at least one section and prints nothing without one', async () => {
    const { user } = renderWithApp(<Printing />)
    for (const name of ['Overzicht', 'Per aanbieder', 'Jongeren', 'Trend', 'Signalen', 'Afspraken'])
      await user.click(screen.getByRole('checkbox', { name }))
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Kies minstens één onderdeel.')
    expect(print).not.toHaveBeenCalled()
  })

  it('offers a way back when the browser does not say that printing ended', async () => {
    const { user } = renderWithApp(<Printing />)
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }))
    await user.click(screen.getByRole('button', { name: 'Terug naar het overzicht' }))
    expect(screen.getByText('Terug op het scherm')).toBeInTheDocument()
  })
})
