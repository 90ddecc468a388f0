import { screen, within } from '@testing-library/react'
import { csvText, utf8 } from '../../../test/fixtures/import-sheets'
import { renderWithApp } from '../../../test/render'
import { ImportPage } from './import-page'

function csvFile(rows: string[][]) {
  return new File([utf8(csvText(rows, ';'), true)], 'lijst.csv', { type: 'text/csv' })
}

async function upload(user: ReturnType<typeof renderWithApp>['user'], rows: string[][]) {
  await user.upload(await screen.findByLabelText('Spreadsheet (.xlsx of .csv)'), csvFile(rows))
  return screen.findByRole('heading', { name: /Kolommen koppelen/ })
}

describe('ImportPage with a messy list', () => {
  it('offers a weak guess as a suggestion and says what an unmapped required field costs', async () => {
    const { user } = renderWithApp(<ImportPage />)
    await upload(user, [
      ['Lijst van de groep'],
      [],
      ['Cliëntnr', 'Geboortdatum', 'Verblijfsvorm', 'Start plaatsing'],
      ['K-1', '14-03-2009', 'gezinshuis', '01-02-2025'],
      ['K-2', '15-03-2009', 'gezinshuis', '01-02-2025'],
    ])
    expect(screen.getByText(/Rij 3 is als rij met kolomnamen genomen/)).toBeInTheDocument()
    // A typing error is not applied by itself: it waits for the user.
    const birth = screen.getByRole('combobox', { name: 'Veld voor kolom Geboortdatum' })
    expect(birth).toHaveValue('')
    expect(screen.getByText('3 van 4 kolommen herkend aan hun naam; 1 voorstel om te controleren.'))
    await user.click(
      screen.getByRole('button', {
        name: 'Voorstel overnemen voor kolom Geboortdatum: Geboortedatum',
      }),
    )
    expect(birth).toHaveValue('birthDate')

    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    await screen.findByRole('heading', { name: /dit gaat er gebeuren/ })
    expect(
      screen.getByText(
        'Gemeente is niet gekoppeld: daardoor kunnen 2 rijen niet worden toegevoegd.',
      ),
    ).toBeInTheDocument()
  })

  it('lets the user pick another header row', async () => {
    const { user } = renderWithApp(<ImportPage />)
    await upload(user, [
      ['Cliëntnr', 'Wonen'],
      ['Code', 'Status'],
      ['K-1', 'rood'],
    ])
    await user.selectOptions(screen.getByLabelText(/^Rij met kolomnamen/), 'Rij 2: Code · Status')
    expect(screen.getByRole('rowheader', { name: 'Status' })).toBeInTheDocument()
    expect(screen.getByText(/Rij 2 is als rij met kolomnamen genomen/)).toBeInTheDocument()
  })

  it('gives a future date, a BSN, an unknown gemeente and a duplicate cliëntnummer each its own message', async () => {
    const { user } = renderWithApp(<ImportPage />)
    await upload(user, [
      ['Titel van de lijst'],
      ['Cliëntnummer', 'Geboortedatum', 'Gemeente', 'Verblijfsvorm', 'Plaatsingsdatum'],
      ['K-1', '14-03-2009', 'Utrecht', 'Gezinshuis', '01-02-2099'],
      ['111222333', '14-03-2009', 'Utrecht', 'Gezinshuis', '01-02-2025'],
      ['K-3', '14-03-2009', 'Atlantis', 'Gezinshuis', '01-02-2025'],
      ['K-4', '14-03-2009', 'Delft', 'Gezinshuis', '01-02-2025'],
      ['K-4', '14-03-2009', 'Delft', 'Gezinshuis', '01-03-2025'],
    ])
    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    const table = await screen.findByRole('table', { name: '3 problemen' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      )
    expect(rows).toEqual([
      ['3', 'Plaatsingsdatum', expect.stringContaining('"01-02-2099" ligt in de toekomst')],
      ['4', 'Cliëntnummer', expect.stringContaining('Dit lijkt een BSN')],
      ['5', 'Gemeente', expect.stringContaining('"Atlantis" is geen gemeente uit de CBS-lijst')],
    ])
    // The duplicate is named with both rows as in the sheet.
    const twice = screen.getByRole('group', {
      name: '1 cliëntnummer staat meer dan eens in het bestand',
    })
    expect(twice).toHaveTextContent('K-4 (rij 6, 7)')
  })
})
