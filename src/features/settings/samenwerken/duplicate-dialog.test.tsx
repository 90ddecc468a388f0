import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { duplicate } from '../../../../test/support/duplicates'
import { renderWithApp } from '../../../../test/render'
import { db } from '../../../db/database'
import { switchLanguage } from '../../../i18n'
import { ConflictsList } from './conflicts-list'

const dialog = () => screen.getByRole('dialog')
const listItem = () => screen.getByText('Cliëntnummer K-7 is twee keer aangemaakt').closest('li')

async function openDialog(button: string) {
  const { local } = await duplicate()
  const view = renderWithApp(<ConflictsList />)
  await screen.findByText('Cliëntnummer K-7 is twee keer aangemaakt')
  const item = listItem() as HTMLElement
  await view.user.click(within(item).getByRole('button', { name: button }))
  await within(dialog()).findByRole('table', { name: 'Beide jongeren naast elkaar' })
  return { ...view, local }
}

describe('Samenvoegen tot één jongere', () => {
  it('shows both youths side by side, who made each, and which fields differ in words', async () => {
    await openDialog('Samenvoegen tot één jongere')
    const table = within(dialog()).getByRole('table')
    expect(within(table).getByRole('columnheader', { name: /Deze laptop/ })).toHaveTextContent(
      'Aangemaakt door Anna',
    )
    expect(within(table).getByRole('columnheader', { name: /Andere laptop/ })).toHaveTextContent(
      'Aangemaakt door Bo',
    )
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')
    expect(row('Locatie')).toHaveTextContent(/NoordZuid.*verschilt/)
    expect(row('Geboortedatum')).toHaveTextContent(/gelijk$/)
    expect(row('Wonen — Status')).toHaveTextContent(/rood.*onbekend.*verschilt/)
  })

  it('merges nothing before every difference has a choice and the merge is confirmed', async () => {
    const { user, local } = await openDialog('Samenvoegen tot één jongere')
    await user.click(within(dialog()).getByRole('button', { name: 'Verder' }))
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Kies bij elk veld')
    for (const [field, side] of [
      ['Locatie', 'Andere laptop (Bo)'],
      ['Regiebehandelaar', 'Deze laptop (Anna)'],
      ['Wonen — Status', 'Deze laptop (Anna)'],
      ['Wonen — Toelichting', 'Andere laptop (Bo)'],
    ]) {
      const group = within(dialog()).getByRole('group', { name: field })
      await user.click(within(group).getByRole('radio', { name: side }))
    }
    await user.click(within(dialog()).getByRole('button', { name: 'Verder' }))
    expect(within(dialog()).getByText(/De andere wordt verwijderd/)).toBeInTheDocument()
    expect(await db.youths.count()).toBe(1)
    expect(await db.syncMeta.count()).toBeGreaterThan(0)
    await user.click(within(dialog()).getByRole('button', { name: 'Samenvoegen' }))
    expect(
      await screen.findByText('Cliëntnummer K-7 is samengevoegd tot één jongere.'),
    ).toBeVisible()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await db.youths.get(local.id)).toMatchObject({ location: 'Zuid', caseOwner: 'Anna' })
    expect(await screen.findByText('Geen open conflicten')).toBeInTheDocument()
  })
})

describe('Nummer wijzigen', () => {
  it('refuses a BSN or a number in use at the field, then gives the other youth the new one', async () => {
    const { user } = await openDialog('Nummer wijzigen')
    const field = within(dialog()).getByRole('textbox', { name: /Nieuw cliëntnummer/ })
    const submit = within(dialog()).getByRole('button', { name: 'Nummer wijzigen' })
    await user.type(field, '111222333')
    await user.click(submit)
    expect(field).toHaveAccessibleDescription(/Dit lijkt een BSN/)
    await user.clear(field)
    await user.type(field, 'K-7')
    await user.click(submit)
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Dit cliëntnummer bestaat al/))
    expect(await db.youths.count()).toBe(1)
    await user.clear(field)
    await user.type(field, 'K-8')
    await user.click(submit)
    expect(await screen.findByText(/Het cliëntnummer is gewijzigd in K-8/)).toBeVisible()
    const refs = (await db.youths.toArray()).map((y) => y.clientRef).sort()
    expect(refs).toEqual(['K-7', 'K-8'])
    expect(await db.youths.get('incoming-1')).toMatchObject({ clientRef: 'K-8' })
  })

  it('changes nothing when cancelled', async () => {
    const { user } = await openDialog('Nummer wijzigen')
    await user.type(within(dialog()).getByRole('textbox', { name: /Nieuw cliëntnummer/ }), 'K-9')
    await user.click(within(dialog()).getByRole('button', { name: 'Annuleren' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await db.youths.count()).toBe(1)
    expect(listItem()).toBeInTheDocument()
  })
})

describe('in English', () => {
  it('offers both choices and names the dialog in English', async () => {
    await switchLanguage('en')
    await duplicate()
    const view = renderWithApp(<ConflictsList />)
    const item = (await screen.findByText('Client number K-7 was created twice')).closest('li')
    expect(within(item as HTMLElement).getByRole('button', { name: 'Change number' })).toBeVisible()
    await view.user.click(
      within(item as HTMLElement).getByRole('button', { name: 'Merge into one youth' }),
    )
    expect(
      await screen.findByRole('dialog', { name: 'Merge client number K-7 into one youth' }),
    ).toBeVisible()
  })
})
