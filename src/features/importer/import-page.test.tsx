import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import {
  SAMPLE_CSV_DUTCH,
  csvText,
  randomBytes,
  sampleXlsx,
  utf8,
} from '../../../test/fixtures/import-sheets'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { addYouth } from '../../db/youths-repo'
import { switchLanguage } from '../../i18n'
import { ImportPage } from './import-page'
import { writeStored } from './stored-zip'

function csvFile(rows: string[][], name = 'lijst.csv') {
  return new File([utf8(csvText(rows, ';'), true)], name, { type: 'text/csv' })
}

async function upload(user: ReturnType<typeof renderWithApp>['user'], file: File) {
  await user.upload(await screen.findByLabelText('Spreadsheet (.xlsx of .csv)'), file)
  return screen.findByRole('heading', { name: /Kolommen koppelen/ })
}

describe('ImportPage', () => {
  it('imports the Dutch sample sheet after showing what will happen', async () => {
    const { user } = renderWithApp(<ImportPage />)
    await upload(user, new File([SAMPLE_CSV_DUTCH()], 'jongeren.csv'))
    expect(screen.getByText(/jongeren\.csv: 3 rijen met gegevens/)).toBeInTheDocument()
    expect(
      screen.getByText(/scheidingsteken puntkomma \(;\) en tekenset UTF-8/),
    ).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Veld voor kolom Geb. datum' })).toHaveValue(
      'birthDate',
    )
    expect(screen.getByRole('combobox', { name: 'Veld voor kolom Wonen' })).toHaveValue(
      'status:wonen',
    )
    // Nothing is written while the user looks at the mapping or the preview.
    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    await screen.findByRole('heading', { name: /dit gaat er gebeuren/ })
    const counts = screen.getByText('Toevoegen').closest('div')
    expect(counts).toHaveTextContent('3 jongeren')
    expect(screen.getByText('Geen problemen gevonden.')).toBeInTheDocument()
    expect(await db.youths.count()).toBe(0)

    await user.click(screen.getByRole('button', { name: 'Import uitvoeren' }))
    expect(await screen.findByText('3 jongeren toegevoegd en 0 jongeren bijgewerkt.')).toBeVisible()
    expect(await db.youths.count()).toBe(3)
    expect(screen.getByRole('link', { name: 'Naar het bord' })).toBeInTheDocument()
  })

  it('reads an .xlsx and lets the user correct the proposed mapping', async () => {
    const { user } = renderWithApp(<ImportPage />)
    await upload(user, new File([await sampleXlsx()], 'jongeren.xlsx'))
    const mentor = screen.getByRole('combobox', { name: 'Veld voor kolom Regiebehandelaar' })
    expect(mentor).toHaveValue('caseOwner')
    await user.selectOptions(mentor, 'Niet importeren')
    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    await user.click(await screen.findByRole('button', { name: 'Import uitvoeren' }))
    await screen.findByText(/3 jongeren toegevoegd/)
    const zoe = await db.youths.where('clientRef').equals('IMP-001').first()
    expect(zoe).toMatchObject({
      birthDate: '2009-03-14',
      placementDate: '2025-01-01',
      caseOwner: '',
    })
  })

  it('lists every problem with row, column and a Dutch reason, and skips those rows', async () => {
    const { user } = renderWithApp(<ImportPage />)
    await upload(
      user,
      csvFile([
        ['Cliëntnummer', 'Geboortedatum', 'Gemeente', 'Verblijfsvorm', 'Plaatsingsdatum', 'Wonen'],
        ['K-1', '14-03-2009', 'Utrecht', 'Gezinshuis', '01-02-2025', 'rood'],
        ['K-2', '31-02-2009', 'Atlantis', 'Gezinshuis', '01-02-2025', 'paars'],
        ['111222333', '14-03-2009', 'Utrecht', 'Gezinshuis', '01-02-2025', ''],
      ]),
    )
    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    const table = await screen.findByRole('table', { name: '4 problemen' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      )
    expect(rows).toEqual([
      ['3', 'Wonen', expect.stringContaining('"paars" is geen status')],
      [
        '3',
        'Geboortedatum',
        '"31-02-2009" is geen geldige datum. Gebruik bijvoorbeeld 14-03-2009.',
      ],
      ['3', 'Gemeente', expect.stringContaining('"Atlantis" is geen gemeente uit de CBS-lijst')],
      ['4', 'Cliëntnummer', expect.stringContaining('Dit lijkt een BSN')],
    ])
    expect(screen.getByText('2 rijen met problemen (zie hieronder)')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Import uitvoeren' }))
    await screen.findByText(/1 jongere toegevoegd/)
    expect((await db.youths.toArray()).map((y) => y.clientRef)).toEqual(['K-1'])
  })

  it('asks what to do with a cliëntnummer already on the board before writing', async () => {
    await addYouth(makeYouthValues({ clientRef: 'K-1', caseOwner: 'Oud' }), 'A')
    const { user } = renderWithApp(<ImportPage />)
    await upload(
      user,
      csvFile([
        ['Cliëntnummer', 'Mentor'],
        ['K-1', 'Nieuw'],
      ]),
    )
    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    const group = await screen.findByRole('group', {
      name: '1 cliëntnummer uit het bestand staat al op het bord',
    })
    await user.click(screen.getByRole('button', { name: 'Import uitvoeren' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies eerst wat er moet gebeuren')
    expect((await db.youths.toArray())[0]?.caseOwner).toBe('Oud')

    await user.click(within(group).getByRole('radio', { name: /Bijwerken/ }))
    expect(screen.getByText('Bijwerken').closest('div')).toHaveTextContent('1 jongere')
    await user.click(screen.getByRole('button', { name: 'Import uitvoeren' }))
    await screen.findByText(/0 jongeren toegevoegd en 1 jongere bijgewerkt/)
    expect((await db.youths.toArray())[0]?.caseOwner).toBe('Nieuw')
  })

  it('explains an unreadable file and an empty one without leaving the first step', async () => {
    const { user } = renderWithApp(<ImportPage />)
    const input = await screen.findByLabelText('Spreadsheet (.xlsx of .csv)')
    await user.upload(input, csvFile([['Cliëntnummer', 'Wonen']]))
    await waitFor(() => expect(screen.getByText(/geen rijen met gegevens/)).toBeInTheDocument())
    // The file dialog's filter is only a hint: a user can still pick any file.
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'oud.xls')
    fireEvent.change(input, { target: { files: [xls] } })
    expect(await screen.findByText(/oud Excel-bestand \(\.xls\)/)).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
  })

  it('refuses random bytes named .xlsx with a Dutch message that names the file', async () => {
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const { user } = renderWithApp(<ImportPage />)
    const input = await screen.findByLabelText('Spreadsheet (.xlsx of .csv)')
    await user.upload(input, new File([randomBytes(8192)], 'jongeren.xlsx'))
    const message = await screen.findByText(/"jongeren\.xlsx" is geen spreadsheet/)
    expect(message).toHaveTextContent('sla die op als .xlsx of .csv')
    // Focus is back on the field, which a screen reader announces with the refusal.
    await waitFor(() => expect(input).toHaveFocus())
    expect(input).toHaveAccessibleDescription(expect.stringContaining('is geen spreadsheet'))
    expect(screen.getByRole('heading', { name: /Stap 1 van 4/ })).toBeInTheDocument()
    expect(await db.youths.count()).toBe(1)
  })

  it('says so in English when a zipped folder is chosen', async () => {
    await switchLanguage('en')
    renderWithApp(<ImportPage />)
    const input = await screen.findByLabelText('Spreadsheet (.xlsx or .csv)')
    const encoder = new TextEncoder()
    const zip = writeStored([
      { name: encoder.encode('lijst/jongeren.csv'), data: encoder.encode('Cliëntnummer;Wonen') },
    ])
    // The file dialog's filter is only a hint: "All files" lets a .zip through.
    fireEvent.change(input, { target: { files: [new File([zip], 'lijst.zip')] } })
    expect(await screen.findByText(/"lijst\.zip" is a zip file, not a workbook/)).toHaveTextContent(
      'Unzip it and choose the list itself',
    )
    expect(input).toHaveAttribute('aria-invalid', 'true')
  })
})
