import { screen, waitFor, within } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { allAssessments } from '../../db/assessments-repo'
import { db } from '../../db/database'
import { addYouth, updateYouth } from '../../db/youths-repo'
import { BackupSection } from './backup-section'
import { createBackup } from './create-backup'

/** jsdom has no downloads: keep what the page hands to the browser. */
function captureDownloads() {
  const files: Blob[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    files.push(blob)
    return `blob:test/${files.length}`
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

async function snapshot() {
  return {
    youths: await db.youths.toArray(),
    assessments: await allAssessments(),
    audit: await db.audit.toArray(),
  }
}

async function openRestore(user: ReturnType<typeof renderWithApp>['user'], file: File) {
  await user.click(await screen.findByRole('button', { name: 'Back-up terugzetten' }))
  const dialog = await screen.findByRole('dialog', { name: 'Back-up terugzetten' })
  await user.upload(within(dialog).getByLabelText('Back-upbestand (.json)'), file)
  return dialog
}

const jsonFile = (text: string) => new File([text], 'back-up.json', { type: 'application/json' })

describe('BackupSection', () => {
  it('makes a back-up file with everything and shows the date of the last back-up', async () => {
    const files = captureDownloads()
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const { user } = renderWithApp(<BackupSection />)
    expect(await screen.findByText('In deze browser is nog geen back-up gemaakt.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Back-up maken' }))
    expect(
      await screen.findByText(/^Laatste back-up: \d{2}-\d{2}-\d{4} \d{2}:\d{2}\.$/),
    ).toBeVisible()
    expect(await screen.findByText(/Back-up opgeslagen als doorstroombord-back-up-/)).toBeVisible()
    // Layout 2: a JSON array of a header, batches of records and an end line.
    const [header, ...lines] = JSON.parse(await (files[0] as Blob).text()) as [
      { format: string },
      ...{ table?: string; records?: unknown[] }[],
    ]
    expect(header.format).toBe('doorstroombord-backup')
    expect(lines.filter((l) => l.table === 'youths').flatMap((l) => l.records)).toHaveLength(1)
  })

  it('asks for a passphrase of at least 10 characters, typed twice, before encrypting', async () => {
    const files = captureDownloads()
    const { user } = renderWithApp(<BackupSection />)
    await user.click(
      await screen.findByRole('checkbox', { name: 'Versleutelen met een wachtwoord' }),
    )
    await user.type(screen.getByLabelText('Wachtwoord voor de back-up'), 'kort')
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'anders')
    await user.click(screen.getByRole('button', { name: 'Back-up maken' }))
    expect(screen.getByText('Kies een wachtwoord van minstens 10 tekens.')).toBeVisible()
    expect(screen.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible()
    expect(files).toHaveLength(0)

    await user.clear(screen.getByLabelText('Wachtwoord voor de back-up'))
    await user.type(screen.getByLabelText('Wachtwoord voor de back-up'), 'een lange zin')
    await user.clear(screen.getByLabelText('Herhaal het wachtwoord'))
    await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'een lange zin')
    await user.click(screen.getByRole('button', { name: 'Back-up maken' }))
    await waitFor(() => expect(files).toHaveLength(1))
    const text = await (files[0] as Blob).text()
    expect((JSON.parse(text) as unknown[])[0]).toHaveProperty('encryption.kdf', 'PBKDF2-SHA-256')
  })

  it('restores a back-up after checking it, replacing what is there now', async () => {
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const backup = await createBackup()
    await db.youths.clear()
    await addYouth(makeYouthValues({ clientRef: 'LATER' }), 'A')

    const { user } = renderWithApp(<BackupSection />)
    const dialog = await openRestore(user, jsonFile(await backup.file.text()))
    expect(await within(dialog).findByText('Het bestand is in orde.')).toBeVisible()
    expect(within(dialog).getByText('Jongeren').nextSibling).toHaveTextContent('1')
    expect(within(dialog).getByText(/de 1 jongeren die nu in deze browser staan/)).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Back-up terugzetten' }))
    expect(await screen.findByText('De back-up is teruggezet.')).toBeVisible()
    expect((await db.youths.toArray()).map((y) => y.clientRef)).toEqual(['K-1'])
  })

  it('merges, listing the records that differ and which version stays', async () => {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1', caseOwner: 'Oud' }), 'A')
    const backup = await createBackup()
    await updateYouth(youth.id, makeYouthValues({ clientRef: 'K-1', caseOwner: 'Nieuw' }), 'A')

    const { user } = renderWithApp(<BackupSection />)
    const dialog = await openRestore(user, jsonFile(await backup.file.text()))
    await within(dialog).findByText('Het bestand is in orde.')
    await user.click(within(dialog).getByRole('radio', { name: /Samenvoegen/ }))
    const table = await within(dialog).findByRole('table', { name: /verschil/ })
    expect(within(table).getByRole('row', { name: /Jongeren: K-1/ })).toHaveTextContent(
      'De versie hier is nieuwer of even oud en blijft staan.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Back-up terugzetten' }))
    expect(await screen.findByText(/De back-up is samengevoegd/)).toBeVisible()
    expect((await db.youths.get(youth.id))?.caseOwner).toBe('Nieuw')
  })

  it.each([
    ['truncated', (t: string) => t.slice(0, 200), /beschadigd of onvolledig/],
    ['corrupted', (t: string) => t.replace('"K-1"', '"K-9"'), /controlesom klopt niet/],
    [
      'from a newer version',
      (t: string) => t.replace(/"schemaVersion":\d+/, '"schemaVersion":99'),
      /nieuwere versie/,
    ],
    ['not a back-up', () => '{"hello": "world"}', /geen back-upbestand van Doorstroombord/],
  ])('refuses a %s file with a clear message and changes nothing', async (_, spoil, message) => {
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const backup = await createBackup()
    await addYouth(makeYouthValues({ clientRef: 'K-2' }), 'A')
    const before = await snapshot()

    const { user } = renderWithApp(<BackupSection />)
    const dialog = await openRestore(user, jsonFile(spoil(await backup.file.text())))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message)
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Er is niets gewijzigd.')
    expect(within(dialog).getByRole('button', { name: 'Back-up terugzetten' })).toBeDisabled()
    expect(await snapshot()).toEqual(before)
  })

  it('asks for the passphrase of an encrypted back-up and refuses a wrong one', async () => {
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const backup = await createBackup('juiste zin van tien')
    await db.youths.clear()
    const before = await snapshot()

    const { user } = renderWithApp(<BackupSection />)
    const dialog = await openRestore(user, jsonFile(await backup.file.text()))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Deze back-up is versleuteld.',
    )
    await user.type(within(dialog).getByLabelText('Wachtwoord van de back-up'), 'verkeerde zin')
    await user.click(within(dialog).getByRole('button', { name: 'Bestand controleren' }))
    expect(await within(dialog).findByText(/Het wachtwoord is onjuist/)).toBeVisible()
    expect(await snapshot()).toEqual(before)

    await user.clear(within(dialog).getByLabelText('Wachtwoord van de back-up'))
    await user.type(
      within(dialog).getByLabelText('Wachtwoord van de back-up'),
      'juiste zin van tien',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Bestand controleren' }))
    expect(await within(dialog).findByText(/De back-up was versleuteld/)).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Back-up terugzetten' }))
    await screen.findByText('De back-up is teruggezet.')
    expect(await db.youths.count()).toBe(1)
  })
})
