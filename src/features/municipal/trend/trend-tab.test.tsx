import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../../test/factories/exchange'
import { renderWithApp } from '../../../../test/render'
import { buildMunicipalOverview, type StoredExchangeFile } from '../../../domain/municipal'
import { TrendTab } from './trend-tab'

const ALL = { kind: 'all', name: 'Alle gemeenten' } as const

function overviewOf(files: StoredExchangeFile[]) {
  return buildMunicipalOverview({
    files,
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
}

const rood = (clientRef: string) =>
  makeExchangeYouth({
    clientRef,
    statuses: { wonen: 'rood', school: 'groen', toekomstplan: 'nvt' },
  })
const groen = (clientRef: string) => makeExchangeYouth({ clientRef })

/** Rondes 4 Jan, 15 Feb, 29 Mar. De Linde skips 15 Feb; Het Baken starts on 15 Feb. */
function scenario(): StoredExchangeFile[] {
  const file = (provider: string, peildatum: string, youths: ReturnType<typeof rood>[]) =>
    makeStoredFile({ provider, scope: ALL, peildatum, youths })
  return [
    file('De Linde', '2026-01-04', [rood('a1'), groen('a2')]),
    file('De Linde', '2026-03-29', [rood('a1'), rood('a2'), groen('a3')]),
    file('Het Baken', '2026-02-15', [groen('b1')]),
    file('Het Baken', '2026-03-22', [rood('b1'), groen('b2')]),
  ]
}

describe('TrendTab', () => {
  it('draws the combined totaalstatus per ronde as a labelled chart with a legend in words', () => {
    renderWithApp(<TrendTab overview={overviewOf(scenario())} />)
    const chart = screen.getByRole('img', {
      name: /Gestapelde staven per ronde van 04-01 tot 29-03/,
    })
    expect(chart).toHaveAccessibleName(expect.stringContaining('3 rood en 2 groen'))
    const legend = screen.getByRole('list', { name: 'Legenda' })
    expect(within(legend).getByText('rood')).toBeInTheDocument()
    expect(within(legend).getByText('onbekend')).toBeInTheDocument()
  })

  it('gives the chart’s numbers in a table, newest ronde first', () => {
    renderWithApp(<TrendTab overview={overviewOf(scenario())} />)
    const table = screen.getByRole('table', { name: /alle aanbieders samen/ })
    const rows = within(table).getAllByRole('row').slice(1)
    const texts = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))
    // Ronde, rood, oranje, onbekend, groen, geplaatst, ± rood and ± geplaatst over the providers
    // in both rondes, aanbieders, ontbreekt, and the providers that differ from the ronde before.
    expect(texts[0]).toEqual([
      '29-03-2026',
      '3',
      '0',
      '0',
      '2',
      '5',
      '+1',
      '+1',
      '2',
      '0',
      'nieuw: De Linde',
    ])
    expect(texts[1]).toEqual([
      '15-02-2026',
      '0',
      '0',
      '0',
      '1',
      '1',
      '0',
      '0',
      '1',
      '1',
      'nieuw: Het Baken; niet meer: De Linde',
    ])
    expect(texts[2]).toEqual(['04-01-2026', '1', '0', '0', '1', '2', '', '', '1', '0', ''])
  })

  it('shows rood of placed per provider per ronde, n.b. where a provider had no file', () => {
    renderWithApp(<TrendTab overview={overviewOf(scenario())} />)
    const table = screen.getByRole('table', { name: 'Rood van geplaatst per aanbieder per ronde' })
    const linde = within(table).getByRole('row', { name: /De Linde/ })
    expect(
      within(linde)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '1 / 21 rood van 2 geplaatst',
      'n.b.geen bestand in deze ronde',
      '2 / 32 rood van 3 geplaatst',
    ])
    const baken = within(table).getByRole('row', { name: /Het Baken/ })
    expect(within(baken).getAllByRole('cell')[0]).toHaveTextContent('n.b.')
    expect(within(baken).getAllByRole('cell')[2]).toHaveTextContent('1 rood van 2 geplaatst')
    const total = within(table).getByRole('row', { name: /Alle aanbieders samen/ })
    expect(within(total).getAllByRole('cell')[2]).toHaveTextContent('3 rood van 5 geplaatst')
  })

  it('says that there is no trend yet without files', () => {
    renderWithApp(<TrendTab overview={overviewOf([])} />)
    expect(screen.getByText(/Nog geen rondes met bestanden/)).toBeVisible()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
})
