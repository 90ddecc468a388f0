import {
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import type { Status } from '../domain/types'
import { useVirtualRows, VirtualTable } from './virtual-table'

interface Item {
  name: string
  status: Status
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() })
const columns: ColumnDef<typeof features, Item>[] = [
  { id: 'name', accessorKey: 'name', header: 'Naam' },
  { id: 'note', header: 'Opmerking', cell: () => '–' },
]
const items: Item[] = Array.from({ length: 1000 }, (_, i) => ({
  name: `jongere ${String(i).padStart(4, '0')}`,
  status: i % 3 === 0 ? 'rood' : 'groen',
}))

function Example() {
  const [sorting, setSorting] = useState<SortingState>([])
  const table = useTable({
    features,
    columns,
    data: items,
    state: { sorting },
    onSortingChange: (updater) => setSorting(functionalUpdate(updater, sorting)),
  })
  const rows = table.getRowModel().rows
  const virtual = useVirtualRows({ count: rows.length, getItemKey: (i) => rows[i]?.id ?? i })
  return (
    <VirtualTable
      virtual={virtual}
      table={table}
      rows={rows}
      label="Jongeren"
      captionHint="Sorteer met een kolomkop."
      sortTitle={(label) => `Sorteer op ${label}`}
      rowStatus={(item) => item.status}
    />
  )
}

const dataRows = () =>
  screen.getAllByRole('row').filter((row) => row.classList.contains('table__row'))

describe('the virtual table', () => {
  it('renders the rows in view of a long list, announcing the whole list', () => {
    render(<Example />)
    const table = screen.getByRole('table', { name: 'Jongeren. Sorteer met een kolomkop.' })
    expect(table).toHaveAttribute('aria-rowcount', '1001')
    const rows = dataRows()
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(100)
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2')
    expect(within(rows[0] as HTMLElement).getByText('jongere 0000')).toBeInTheDocument()
    // The rows below take their room in one spacer row, hidden from screen readers.
    const spacers = table.querySelectorAll('tr.table__spacer')
    expect(spacers).toHaveLength(1)
    expect(spacers[0]).toHaveAttribute('aria-hidden', 'true')
  })

  it('shows the rows further down once scrolled, with a spacer above them', async () => {
    render(<Example />)
    const region = screen.getByRole('region', { name: 'Jongeren' })
    region.scrollTop = 52 * 500
    fireEvent.scroll(region)
    const row = await screen.findByText('jongere 0500')
    expect(row.closest('tr')).toHaveAttribute('aria-rowindex', '502')
    expect(screen.queryByText('jongere 0000')).toBeNull()
    expect(screen.getByRole('table').querySelectorAll('tr.table__spacer')).toHaveLength(2)
  })

  it('sorts by keyboard on a sortable header and shows the other as plain text', async () => {
    const user = userEvent.setup()
    render(<Example />)
    expect(screen.queryByRole('button', { name: /Opmerking/ })).toBeNull()
    expect(screen.getByRole('columnheader', { name: 'Opmerking' })).toHaveAttribute(
      'aria-sort',
      'none',
    )
    const sort = screen.getByRole('button', { name: /Naam/ })
    expect(sort).toHaveAttribute('title', 'Sorteer op Naam')
    sort.focus()
    await user.keyboard('{Enter}{Enter}')
    expect(screen.getByRole('columnheader', { name: /Naam/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(within(dataRows()[0] as HTMLElement).getByText('jongere 0999')).toBeInTheDocument()
  })

  it('marks rood rows (for the coloured edge) and lets the keyboard reach the region', () => {
    render(<Example />)
    const [first, second] = dataRows()
    expect(first).toHaveClass('table__row--rood')
    expect(second).toHaveClass('table__row--groen')
    expect(screen.getByRole('region', { name: 'Jongeren' })).toHaveAttribute('tabindex', '0')
  })
})
