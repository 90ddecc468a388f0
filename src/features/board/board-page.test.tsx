import { screen, within } from '@testing-library/react'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'

/** Sample data includes some youths who already left care: they are not on the board. */
async function placedCount() {
  return db.youths.filter((y) => y.outflow === null).count()
}
import { BoardPage } from './board-page'

describe('BoardPage', () => {
  it('shows an empty board with the two first steps', async () => {
    renderWithApp(<BoardPage />)
    expect(
      await screen.findByRole('heading', { name: 'Nog geen jongeren op het bord' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeEnabled()
    expect(screen.getAllByRole('button', { name: 'Jongere toevoegen' }).length).toBeGreaterThan(0)
  })

  it('loads fictitious sample data and shows counts per colour that add up', async () => {
    const { user } = renderWithApp(<BoardPage />)
    await user.click(await screen.findByRole('button', { name: 'Voorbeeldgegevens laden' }))
    expect(await screen.findByText('60 fictieve jongeren geladen.')).toBeInTheDocument()
    const placed = await placedCount()
    expect(placed).toBeLessThan(60)
    expect(await screen.findByText(`${placed} jongeren`)).toBeInTheDocument()
    const counts = within(screen.getByRole('list', { name: 'Aantal jongeren per totaalstatus' }))
    const total = counts
      .getAllByRole('button')
      .map((b) => Number(/\d+/.exec(b.textContent ?? '')?.[0]))
      .reduce((a, b) => a + b, 0)
    expect(total).toBe(placed)
  })

  it('narrows the board with the gemeente filter and can clear it again', async () => {
    const { user } = renderWithApp(<BoardPage />)
    await user.click(await screen.findByRole('button', { name: 'Voorbeeldgegevens laden' }))
    await screen.findByText('60 fictieve jongeren geladen.')
    const placed = await placedCount()
    await screen.findByText(`${placed} jongeren`)
    await user.selectOptions(screen.getByLabelText('Gemeente'), 'Rotterdam')
    const shown = await screen.findByText(new RegExp(`van ${placed} jongeren getoond`))
    const n = Number(/^(\d+)/.exec(shown.textContent ?? '')?.[1])
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(placed)
    const rows = screen.getAllByRole('row').filter((r) => r.classList.contains('table__row'))
    expect(rows).toHaveLength(n)
    for (const row of rows) expect(row).toHaveTextContent('Rotterdam')
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }))
    expect(await screen.findByText(`${placed} jongeren`)).toBeInTheDocument()
  })

  it('labels every status cell "<Randvoorwaarde>: <status>"', async () => {
    const { user } = renderWithApp(<BoardPage />)
    await user.click(await screen.findByRole('button', { name: 'Voorbeeldgegevens laden' }))
    await screen.findByText('60 fictieve jongeren geladen.')
    const cells = await screen.findAllByRole('button', {
      name: /^(Wonen|School & dagbesteding|Toekomstplan 18\+): (rood|oranje|groen|onbekend|n\.v\.t\.)$/,
    })
    expect(cells.length).toBeGreaterThan(0)
  })
})
