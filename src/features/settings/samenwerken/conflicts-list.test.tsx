import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithApp } from '../../../../test/render'
import type { OpenConflict } from '../../../db/sync/conflicts-repo'
import { ConflictsList } from './conflicts-list'

const list = () => screen.getByRole('group', { name: 'Conflicten' })

describe('Samenwerken › Conflicten', () => {
  it('says so when there is nothing to choose', async () => {
    renderWithApp(<ConflictsList />)
    expect(await within(list()).findByText('Geen open conflicten')).toBeInTheDocument()
  })

  it('leads from every open conflict to where it is chosen', async () => {
    const open: OpenConflict[] = [
      {
        kind: 'fields',
        docId: 'youth:y1',
        youthId: 'y1',
        label: 'C-0001',
        conflicts: [
          { field: 'details.note', values: [] },
          { field: 'assessments.wonen.note', values: [] },
        ],
      },
      { kind: 'duplicate', docId: 'youth:y9', clientRef: 'C-0042', localYouthId: 'y2' },
      {
        kind: 'fields',
        docId: 'agreement:a1',
        label: 'Zorg Noord',
        conflicts: [
          { field: 'text', values: [] },
          { field: 'owner', values: [] },
        ],
      },
    ]
    renderWithApp(<ConflictsList list={() => Promise.resolve(open)} />)
    const field = await within(list()).findByRole('link', {
      name: 'C-0001: kiezen op de pagina van de jongere',
    })
    expect(field).toHaveAttribute('href', '/jongeren/y1')
    expect(field.closest('li')).toHaveTextContent(
      '2 velden verschillend gewijzigd: Notitie, Wonen — Toelichting',
    )
    // An afspraak's fields in words, not as their keys ("Text", "Owner").
    expect(within(list()).getByText('Zorg Noord').closest('li')).toHaveTextContent(
      'Zorg Noord — 2 velden verschillend gewijzigd: Tekst, Eigenaar',
    )
    const duplicate = within(list()).getByText('Cliëntnummer C-0042 is twee keer aangemaakt')
    expect(duplicate.closest('li')).toHaveTextContent('samenvoegen tot één jongere')
    expect(
      within(list()).getByRole('link', { name: 'Open jongere C-0042 in deze browser' }),
    ).toHaveAttribute('href', '/jongeren/y2')
    expect(screen.queryByText('Geen open conflicten')).toBeNull()
  })
})
