import { makeYouthValues } from '../factories/youth'
import { setAssessment } from '../../src/db/assessments-repo'
import { db } from '../../src/db/database'
import type { StoredYouth } from '../../src/db/youth-record'
import { addYouth } from '../../src/db/youths-repo'
import type { AssessmentInput } from '../../src/domain/types'

const red: AssessmentInput = {
  status: 'rood',
  reasonCodes: [],
  note: 'geen kamer',
  action: '',
  owner: null,
  dueDate: null,
}

/** K-7 made here by Anna, and K-7 made by Bo on another laptop, waiting as a duplicate. */
export async function duplicate() {
  const local = await addYouth(
    makeYouthValues({ clientRef: 'K-7', location: 'Noord', caseOwner: 'Anna' }),
    'Anna',
  )
  await setAssessment(local.id, 'wonen', red, 'Anna')
  const stored = await db.youths.get(local.id)
  if (!stored) throw new Error('The youth just added is not there')
  const record: StoredYouth = {
    ...stored,
    id: 'incoming-1',
    location: 'Zuid',
    caseOwner: 'Bo',
    version: 3,
    createdAt: '2026-11-20T08:00:00.000Z',
    assessments: {},
  }
  // Bo's creation line arrived from the team (as a pack: a batch record).
  await db.audit.add({
    at: '2026-11-20T08:00:00.000Z',
    actor: 'Bo',
    kind: 'batch',
    youthId: null,
    preconditionId: null,
    before: null,
    after: null,
    youthIds: ['incoming-1'],
    lines: [
      {
        uid: 'b.1',
        at: '2026-11-20T08:00:00.000Z',
        actor: 'Bo',
        kind: 'youth',
        youthId: 'incoming-1',
        preconditionId: null,
        before: null,
        after: { clientRef: 'K-7' },
      },
    ],
  } as never)
  await db.syncMeta.put({
    id: '_duplicate:youth:incoming-1',
    clientRef: 'K-7',
    localYouthId: local.id,
    record,
  })
  return { local: stored, record }
}
