import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../../test/factories/exchange'
import { renderWithApp } from '../../../../test/render'
import type { ExchangeYouth } from '../../../domain/exchange/exchange-schema-v2'
import {
  buildMunicipalOverview,
  NO_YOUTH_FILTERS,
  type StoredExchangeFile,
} from '../../../domain/municipal'
import { useYouthsView } from './municipal-youths-store'
import { useYouthColumns } from './youth-columns-store'
import { YouthsTab } from './youths-tab'

const ALL = { kind: 'all', name: 'Alle gemeenten' } as const

function overviewOf(files: StoredExchangeFile[], rondeDate = '2026-03-29') {
  return buildMunicipalOverview({
    files,
    rondeDate,
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

const action = (owner: 'gemeente' | 'woningcorporatie' | null) => ({
  preconditionId: 'wonen',
  status: 'rood' as const,
  action: 'Urgentie aanvragen',
  owner,
  dueDate: null,
})

/** Two providers on 29 March; De Linde also delivered on 15 February (a1 was rood then too). */
function scenario(): StoredExchangeFile[] {
  const a1 = (totalStatus: 'rood' | 'groen'): Partial<ExchangeYouth> => ({
    clientRef: 'a1',
    age: 17,
    statuses: { wonen: totalStatus, school: 'groen', toekomstplan: 'oranje' },
    totalStatus,
  })
  return [
    makeStoredFile({
      provider: 'De Linde',
      scope: ALL,
      peildatum: '2026-02-15',
      youths: [makeExchangeYouth(a1('rood'))],
    }),
    makeStoredFile({
      provider: 'De Linde',
      scope: ALL,
      peildatum: '2026-03-29',
      preconditions: [
        { id: 'wonen', name: 'Wonen' },
        { id: 'school', name: 'School & dagbesteding' },
        { id: 'toekomstplan', name: 'Toekomstplan 18+' },
        { id: 'eigen-dagritme', name: 'Dagritme' },
      ],
      youths: [
        makeExchangeYouth({
          ...a1('rood'),
          statuses: {
            wonen: 'rood',
            school: 'groen',
            toekomstplan: 'oranje',
            'eigen-dagritme': 'oranje',
          },
          reasonCodes: ['WON-2'],
          actions: [action('woningcorporatie')],
          expectedOutflowDate: '2026-03-19',
          daysOverdue: 10,
        }),
        makeExchangeYouth({ clientRef: 'a2', age: 14, municipalityCode: 'GM0599' }),
      ],
    }),
    makeStoredFile({
      provider: 'Het Baken',
      scope: ALL,
      peildatum: '2026-03-22',
      youths: [
        makeExchangeYouth({
          clientRef: 'b1',
          age: 16,
          statuses: { wonen: 'rood', school: 'oranje', toekomstplan: 'nvt' },
          reasonCodes: ['SCH-1'],
          actions: [action('gemeente')],
        }),
        makeExchangeYouth({
          clientRef: 'b2',
          age: 17,
          statuses: { wonen: 'oranje', school: 'groen', toekomstplan: 'groen' },
        }),
      ],
    }),
  ]
}

/** The client numbers in the rendered rows, top to bottom. */
function shownRefs(): string[] {
  return screen
    .getAllByRole('row')
    .filter((r) => r.classList.contains('table__row'))
    .map((r) => within(r).getAllByRole('cell')[1]?.textContent ?? '')
}

/** The column headers of the table, left to right. */
const headers = () =>
  screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim())

beforeEach(() => {
  useYouthsView.setState({ filters: NO_YOUTH_FILTERS, sorting: [] })
  useYouthColumns.getState().reset()
  localStorage.clear()
})

describe('YouthsTab', () => {
  it('lists every youth of the ronde across providers, red first, with "rood sinds N rondes"', async () => {
    const { user } = renderWithApp(<YouthsTab overview={overviewOf(scenario())} />)
    await user.click(screen.getByRole('button', { name: /^Kolommen/ }))
    await user.click(screen.getByRole('checkbox', { name: 'Eigen randvoorwaarden' }))
    expect(screen.getByText('4 jongeren')).toBeInTheDocument()
    expect(shownRefs()).toEqual(['a1', 'b1', 'b2', 'a2'])
    const a1 = screen.getAllByRole('row').find((r) => within(r).queryByText('a1'))
    expect(a1).toBeDefined()
    const cells = within(a1 as HTMLElement)
    expect(cells.getByText('De Linde')).toBeInTheDocument()
    expect(cells.getByText('2 rondes')).toBeInTheDocument()
    expect(cells.getByText('WON-2')).toBeInTheDocument()
    expect(cells.getByText(/10 dagen over/)).toBeInTheDocument()
    // The provider's own randvoorwaarde by its name, in words as well as an icon.
    expect(cells.getByText('Dagritme: oranje')).toBeInTheDocument()
  })

  it('sorts by a column header from the keyboard and announces the order', async () => {
    const { user } = renderWithApp(<YouthsTab overview={overviewOf(scenario())} />)
    const header = screen.getByRole('button', { name: 'Cliëntnummer' })
    header.focus()
    await user.keyboard('{Enter}')
    expect(shownRefs()).toEqual(['a1', 'a2', 'b1', 'b2'])
    expect(screen.getByRole('columnheader', { name: /Cliëntnummer/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await user.keyboard(' ')
    expect(shownRefs()).toEqual(['b2', 'b1', 'a2', 'a1'])
  })

  it('filters by aanbieder, knelpunt, eigenaar, 18 binnen 12 maanden and over uitstroomdatum', async () => {
    const { user } = renderWithApp(<YouthsTab overview={overviewOf(scenario())} />)
    await user.selectOptions(screen.getByLabelText('Aanbieder'), 'Het Baken')
    expect(screen.getByText('2 van 4 jongeren getoond')).toBeInTheDocument()
    expect(shownRefs()).toEqual(['b1', 'b2'])
    // b2 is 17 but has a groen Toekomstplan: not counted by the tile, not shown by the filter.
    await user.click(screen.getByLabelText('18 binnen 12 maanden, zonder groen Toekomstplan'))
    expect(screen.getByText('Geen jongeren bij deze filters')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Aanbieder'), 'De Linde')
    expect(shownRefs()).toEqual(['a1'])
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }))
    await user.selectOptions(screen.getByLabelText('Klaar maar vast'), 'wonen')
    expect(shownRefs()).toEqual(['a1'])
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }))
    expect(screen.getByText('4 jongeren')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Eigenaar'), 'Gemeente/toegang (1)')
    expect(shownRefs()).toEqual(['b1'])
    await user.selectOptions(screen.getByLabelText('Eigenaar'), 'Alle')
    await user.selectOptions(screen.getByLabelText('Knelpunt'), 'WON-2')
    expect(shownRefs()).toEqual(['a1'])
    await user.selectOptions(screen.getByLabelText('Knelpunt'), 'Alle')
    await user.click(screen.getByLabelText('Over uitstroomdatum'))
    expect(shownRefs()).toEqual(['a1'])
  })

  it('filters by gemeente and totaalstatus, and says so when nothing matches', async () => {
    const { user } = renderWithApp(<YouthsTab overview={overviewOf(scenario())} />)
    await user.selectOptions(screen.getByLabelText('Gemeente'), 'GM0599')
    expect(shownRefs()).toEqual(['a2'])
    await user.selectOptions(screen.getByLabelText('Totaalstatus'), 'rood')
    expect(screen.getByRole('heading', { name: 'Geen jongeren bij deze filters' })).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('shows default columns, pinned aanbieder and cliëntnummer first, and remembers a choice', async () => {
    const { user, unmount } = renderWithApp(<YouthsTab overview={overviewOf(scenario())} />)
    expect(headers().slice(0, 2)).toEqual(['Aanbieder', 'Cliëntnummer'])
    expect(headers()).toContain('Verandering')
    expect(headers()).not.toContain('Verblijfsvorm')
    const toggle = screen.getByRole('button', { name: /^Kolommen/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const group = screen.getByRole('group', { name: 'Kolommen kiezen' })
    // Whose row it is cannot be switched off.
    expect(within(group).getByRole('checkbox', { name: 'Aanbieder' })).toBeDisabled()
    expect(within(group).getByRole('checkbox', { name: 'Cliëntnummer' })).toBeChecked()
    // By keyboard: Tab to a checkbox, Space ticks it.
    within(group).getByRole('checkbox', { name: 'Leeftijd' }).focus()
    await user.keyboard('{Tab} ')
    expect(within(group).getByRole('checkbox', { name: 'Verblijfsvorm' })).toHaveFocus()
    expect(headers()).toContain('Verblijfsvorm')
    await user.click(within(group).getByRole('checkbox', { name: 'Knelpunten' }))
    expect(headers()).not.toContain('Knelpunten')
    // Escape closes the panel and puts focus back on the button.
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: 'Kolommen kiezen' })).toBeNull()
    expect(toggle).toHaveFocus()

    // Remembered in this browser: a new visit shows the same columns.
    unmount()
    expect(localStorage.getItem('doorstroombord.municipal-youth-columns')).toContain(
      '"reasonCodes":false',
    )
    renderWithApp(<YouthsTab overview={overviewOf(scenario())} />)
    expect(headers()).toContain('Verblijfsvorm')
    expect(headers()).not.toContain('Knelpunten')
    await user.click(screen.getByRole('button', { name: /^Kolommen/ }))
    await user.click(screen.getByRole('button', { name: 'Standaardkolommen' }))
    expect(headers()).not.toContain('Verblijfsvorm')
    expect(headers()).toContain('Knelpunten')
  })

  it('filters verbeterd, verslechterd and nieuw since the previous peildatum, counting each', async () => {
    const files = scenario()
    const last = files[2] as StoredExchangeFile
    last.file.youths = [
      makeExchangeYouth({ clientRef: 'b1', change: 'slechter' }),
      makeExchangeYouth({ clientRef: 'b2', change: 'beter' }),
      makeExchangeYouth({ clientRef: 'b3', change: 'nieuw' }),
      makeExchangeYouth({ clientRef: 'b4', change: 'nieuw' }),
    ]
    const { user } = renderWithApp(<YouthsTab overview={overviewOf(files)} />)
    const filter = screen.getByLabelText('Sinds vorige peildatum')
    await user.selectOptions(filter, 'Nieuw (2)')
    expect(shownRefs()).toEqual(['b3', 'b4'])
    await user.selectOptions(filter, 'Verbeterd (1)')
    expect(shownRefs()).toEqual(['b2'])
    expect(screen.getByText('1 van 6 jongeren getoond')).toBeInTheDocument()
    // The counts follow the other filters.
    await user.selectOptions(filter, 'Alle')
    await user.selectOptions(screen.getByLabelText('Aanbieder'), 'De Linde')
    expect(within(filter).getByRole('option', { name: 'Nieuw (0)' })).toBeInTheDocument()
    await user.selectOptions(filter, 'Verslechterd (0)')
    expect(screen.getByRole('heading', { name: 'Geen jongeren bij deze filters' })).toBeVisible()
  })

  it('shows an empty state when the ronde has no youth rows', () => {
    renderWithApp(<YouthsTab overview={overviewOf([])} />)
    expect(screen.getByRole('heading', { name: 'Geen jongeren in deze ronde' })).toBeVisible()
  })

  it('renders only the rows in view of 50,000 youths', () => {
    const youths = Array.from({ length: 50_000 }, (_, i) =>
      makeExchangeYouth({ clientRef: `c${i}`, age: 10 + (i % 8) }),
    )
    const overview = overviewOf([
      makeStoredFile({ provider: 'Groot', scope: ALL, peildatum: '2026-03-29', youths }),
    ])
    const started = performance.now()
    renderWithApp(<YouthsTab overview={overview} />)
    const ms = performance.now() - started
    expect(screen.getByText('50.000 jongeren')).toBeInTheDocument()
    const rendered = screen.getAllByRole('row').filter((r) => r.classList.contains('table__row'))
    expect(rendered.length).toBeGreaterThan(10)
    expect(rendered.length).toBeLessThan(100)
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '50001')
    // Generous for a shared CI core; the point is "not proportional to 50,000 DOM rows".
    expect(ms).toBeLessThan(5000)
  })
})
