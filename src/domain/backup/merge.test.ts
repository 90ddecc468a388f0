import { makeAssessment } from '../../../test/factories/assessment'
import { makeYouth } from '../../../test/factories/youth'
import type { BackupData, TableInfo } from './format'
import { planMerge } from './merge'

const TABLES: TableInfo[] = [
  { name: 'youths', keyPath: 'id', autoIncrement: false },
  { name: 'assessments', keyPath: ['youthId', 'preconditionId'], autoIncrement: false },
  { name: 'settings', keyPath: 'key', autoIncrement: false },
  { name: 'audit', keyPath: 'id', autoIncrement: true },
]
const data = (d: Partial<BackupData>): BackupData => ({
  youths: [],
  assessments: [],
  settings: [],
  audit: [],
  ...d,
})
const audit = (id: number, actor: string) => ({
  id,
  at: '2026-11-01T10:00:00.000Z',
  actor,
  kind: 'youth',
  youthId: null,
  preconditionId: null,
  before: null,
  after: null,
})

describe('planMerge', () => {
  it('adds what is only in the back-up and keeps what is only here', () => {
    const here = makeYouth({ id: 'a', clientRef: 'K-1' })
    const there = makeYouth({ id: 'b', clientRef: 'K-2' })
    const plan = planMerge(data({ youths: [here] }), data({ youths: [there] }), TABLES)
    expect(plan.puts.youths).toEqual([there])
    expect(plan.added).toBe(1)
    expect(plan.conflicts).toEqual([])
  })

  it('lets the newest change win per record and lists every difference', () => {
    const old = '2026-10-01T10:00:00.000Z'
    const newer = '2026-11-01T10:00:00.000Z'
    const current = data({
      youths: [
        makeYouth({ id: 'a', clientRef: 'K-1', caseOwner: 'hier', updatedAt: old }),
        makeYouth({ id: 'b', clientRef: 'K-2', caseOwner: 'hier', updatedAt: newer }),
      ],
      assessments: [makeAssessment({ youthId: 'a', status: 'rood', changedAt: old })],
    })
    const incoming = data({
      youths: [
        makeYouth({ id: 'a', clientRef: 'K-1', caseOwner: 'back-up', updatedAt: newer }),
        makeYouth({ id: 'b', clientRef: 'K-2', caseOwner: 'back-up', updatedAt: old }),
      ],
      assessments: [makeAssessment({ youthId: 'a', status: 'groen', changedAt: newer })],
    })
    const plan = planMerge(current, incoming, TABLES)
    expect(plan.puts.youths).toEqual([incoming.youths?.[0]])
    expect(plan.puts.assessments).toEqual(incoming.assessments)
    expect(plan.replaced).toBe(2)
    expect(plan.conflicts).toEqual([
      { table: 'youths', label: 'K-1', preconditionId: null, winner: 'backup', reason: 'newer' },
      {
        table: 'youths',
        label: 'K-2',
        preconditionId: null,
        winner: 'current',
        reason: 'notNewer',
      },
      {
        table: 'assessments',
        label: 'K-1',
        preconditionId: 'wonen',
        winner: 'backup',
        reason: 'newer',
      },
    ])
  })

  it('keeps the settings here when they differ (no time to compare)', () => {
    const plan = planMerge(
      data({ settings: [{ key: 'app', value: { providerName: 'Hier' } }] }),
      data({ settings: [{ key: 'app', value: { providerName: 'Daar' } }] }),
      TABLES,
    )
    expect(plan.puts.settings).toEqual([])
    expect(plan.conflicts).toEqual([
      {
        table: 'settings',
        label: 'app',
        preconditionId: null,
        winner: 'current',
        reason: 'noTimestamp',
      },
    ])
  })

  it('leaves out a youth whose cliëntnummer is another youth here, with its assessments', () => {
    const plan = planMerge(
      data({ youths: [makeYouth({ id: 'a', clientRef: 'K-1' })] }),
      data({
        youths: [makeYouth({ id: 'z', clientRef: 'K-1' })],
        assessments: [makeAssessment({ youthId: 'z' })],
      }),
      TABLES,
    )
    expect(plan.puts.youths).toEqual([])
    expect(plan.puts.assessments).toEqual([])
    expect(plan.conflicts).toEqual([
      {
        table: 'youths',
        label: 'K-1',
        preconditionId: null,
        winner: 'current',
        reason: 'clientRefTaken',
      },
    ])
  })

  it('joins the audit logs without doubles, numbering new lines afresh', () => {
    const plan = planMerge(
      data({ audit: [audit(1, 'A'), audit(2, 'B')] }),
      data({ audit: [audit(1, 'A'), audit(2, 'C')] }),
      TABLES,
    )
    const line: Partial<ReturnType<typeof audit>> = audit(2, 'C')
    delete line.id
    expect(plan.appends.audit).toEqual([line])
  })

  it('changes nothing when merging the same data', () => {
    const same = data({
      youths: [makeYouth()],
      assessments: [makeAssessment()],
      audit: [audit(1, 'A')],
    })
    const plan = planMerge(same, structuredClone(same), TABLES)
    expect(plan).toEqual({
      puts: { youths: [], assessments: [], settings: [] },
      appends: { audit: [] },
      conflicts: [],
      added: 0,
      replaced: 0,
    })
  })
})
