import { render, screen } from '@testing-library/react'
import { makeSettings } from '../../../test/factories/settings'
import type { AuditEntry } from '../../domain/types'
import { AuditList } from './audit-list'

// The history is read in Amsterdam; stored times are UTC.
const previousZone = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Europe/Amsterdam'
})
afterAll(() => {
  process.env.TZ = previousZone
})

const entry = (id: number, at: string): AuditEntry => ({
  id,
  at,
  actor: 'Sanne',
  kind: 'assessment',
  youthId: 'y-1',
  preconditionId: 'wonen',
  before: null,
  after: { status: 'rood' },
})

describe('the change history', () => {
  it('shows each change at the local time, also between midnight and 02:00', () => {
    render(
      <AuditList
        entries={[entry(1, '2026-01-14T21:10:00.000Z'), entry(2, '2026-07-14T22:30:00.000Z')]}
        preconditions={makeSettings().preconditions}
        reasonCodes={makeSettings().reasonCodes}
      />,
    )
    expect(screen.getByText('14-01-2026 22:10')).toBeInTheDocument()
    expect(screen.getByText('15-07-2026 00:30')).toBeInTheDocument()
  })
})
