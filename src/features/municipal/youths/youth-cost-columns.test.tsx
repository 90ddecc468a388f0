import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../../test/factories/exchange'
import { makeStoredFileV2 } from '../../../../test/factories/exchange-v2'
import { renderWithApp } from '../../../../test/render'
import {
  buildMunicipalOverview,
  NO_YOUTH_FILTERS,
  type DailyTariffs,
  type StoredExchangeFile,
} from '../../../domain/municipal'
import { useYouthsView } from './municipal-youths-store'
import { useYouthColumns } from './youth-columns-store'
import { YouthsTab } from './youths-tab'

const ALL = { kind: 'all', name: 'Alle gemeenten' } as const
const overdue = (days: number) => ({ daysOverdue: days, expectedOutflowDate: '2026-01-01' })

/**
 * De Linde (version 2): d1 100 days past its date, 42 of them in the period; d2 not past it;
 * d3 in kamertraining, which has no tariff. Het Baken (version 1): b1 10 days past.
 */
function files(): StoredExchangeFile[] {
  return [
    makeStoredFileV2({
      provider: 'De Linde',
      scope: ALL,
      youths: [
        makeExchangeYouth({ clientRef: 'd1', livingArrangement: 'gezinshuis', ...overdue(100) }),
        makeExchangeYouth({ clientRef: 'd2', livingArrangement: 'gezinshuis' }),
        makeExchangeYouth({ clientRef: 'd3', livingArrangement: 'kamertraining', ...overdue(5) }),
      ],
    }),
    makeStoredFile({
      provider: 'Het Baken',
      scope: ALL,
      youths: [
        makeExchangeYouth({ clientRef: 'b1', livingArrangement: 'gezinshuis', ...overdue(10) }),
      ],
    }),
  ]
}

function overviewWith(dailyTariffs: DailyTariffs) {
  return buildMunicipalOverview({
    files: files(),
    rondeDate: '2026-03-29',
    settings: { rondeAnchorDate: '2026-02-15', rondeWeeks: 6, rondeWindowWeeks: 6, dailyTariffs },
    selection: { kind: 'all' },
    agreements: [],
    today: '2026-04-02',
  })
}

/** Per shown row: cliëntnummer → the text of the given column. */
function column(name: string): Record<string, string> {
  const headers = screen.getAllByRole('columnheader')
  const index = headers.findIndex((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim() === name)
  expect(index, name).toBeGreaterThan(-1)
  const rows = screen.getAllByRole('row').filter((r) => r.classList.contains('table__row'))
  return Object.fromEntries(
    rows.map((r) => {
      const cells = within(r).getAllByRole('cell')
      return [cells[1]?.textContent ?? '', cells[index]?.textContent ?? '']
    }),
  )
}

const refs = () =>
  screen
    .getAllByRole('row')
    .filter((r) => r.classList.contains('table__row'))
    .map((r) => within(r).getAllByRole('cell')[1]?.textContent)

beforeEach(() => {
  useYouthsView.setState({ filters: NO_YOUTH_FILTERS, sorting: [] })
  useYouthColumns.getState().reset()
  localStorage.clear()
})

describe('the cost of each youth on Jongeren', () => {
  it('shows both costs by the names the Overzicht uses, the € never on a line of its own', () => {
    renderWithApp(<YouthsTab overview={overviewWith({ gezinshuis: 250 })} />)
    const inPeriod = column('Kosten in deze periode')
    const since = column('Kosten sinds de beoogde uitstroomdatum')
    // d1: 42 × 250 in the period, 100 × 250 since its date.
    expect(inPeriod.d1).toBe('€\u00a010.500,00')
    expect(since.d1).toBe('€\u00a025.000,00')
    expect(since.b1).toBe('€\u00a02.500,00')
    // Not past its date: no cost, said in words for a screen reader.
    expect(since.d2).toBe('—geen kosten: niet over de beoogde uitstroomdatum')
    // Without a tariff: said, never priced at 0.
    expect(since.d3).toBe('geen dagtarief')
    expect(inPeriod.d3).toBe('geen dagtarief')
    // A version 1 file does not say which days fall in the period.
    expect(inPeriod.b1).toMatch(/^n\.b\./)
  })

  it('sorts by cost, highest first, youths without an amount last', async () => {
    const { user } = renderWithApp(<YouthsTab overview={overviewWith({ gezinshuis: 250 })} />)
    await user.click(screen.getByRole('button', { name: 'Kosten sinds de beoogde uitstroomdatum' }))
    expect(refs()).toEqual(['d1', 'b1', 'd2', 'd3'])
    await user.click(screen.getByRole('button', { name: 'Kosten in deze periode' }))
    expect(refs().slice(0, 2)).toEqual(['d1', 'd2'])
    expect(refs().slice(2).sort()).toEqual(['b1', 'd3'])
  })

  it('has no cost columns while no daily tariff is entered', () => {
    renderWithApp(<YouthsTab overview={overviewWith({})} />)
    const names = screen.getAllByRole('columnheader').map((h) => h.textContent)
    expect(names.some((n) => n?.startsWith('Kosten'))).toBe(false)
  })
})
