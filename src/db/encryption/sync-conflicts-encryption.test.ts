import { afterEach, describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import { rawStoreText } from '../../../test/support/raw-idb'
import { db } from '../database'
import { addYouth } from '../youths-repo'
import { enableEncryption } from './encryption-repo'
import { keyring } from './keyring'

const PASS = 'zeven zonnige zeilboten'
const conflict = (field: string, mine: string, theirs: string) => ({
  field,
  values: [
    { value: mine, by: 'Anna de Vries', at: '2026-12-01T09:00:00.000Z', rev: '3-a' },
    { value: theirs, by: 'Bo Bakker', at: '2026-12-01T09:05:00.000Z', rev: '3-b' },
  ],
})

afterEach(() => keyring.setOff())

describe('team-sync conflicts with encryption at rest', () => {
  it('seals both values of a conflicting field and who made them, and reads them back', async () => {
    const youth = await addYouth(makeYouthValues({ displayName: 'Roos' }), 'Tester')
    await enableEncryption(PASS, 'Tester')
    const open = [conflict('details.displayName', 'Roos Jansen', 'Rosa Janssen')]
    await db.youths.update(youth.id, { syncConflicts: open })
    await db.settings.put({
      key: 'app',
      value: {},
      syncConflicts: [conflict('app.providerName', 'Zorg Oost', 'Zorg West')],
    })

    const raw = await rawStoreText(['youths', 'settings'])
    for (const secret of ['Rosa Janssen', 'Bo Bakker', 'Zorg West'])
      expect(raw).not.toContain(secret)
    expect((await db.youths.get(youth.id))?.syncConflicts).toEqual(open)
  })

  it('seals a youth waiting as a duplicate cliëntnummer', async () => {
    await enableEncryption(PASS, 'Tester')
    const record = {
      id: 'y2',
      clientRef: 'K-1',
      displayName: 'Sem Visser',
      caseOwner: 'Mentor Kees',
    }
    await db.syncMeta.put({
      id: '_duplicate:youth:y2',
      clientRef: 'K-1',
      localYouthId: 'y1',
      record,
    })

    const raw = await rawStoreText(['syncMeta'])
    for (const secret of ['Sem Visser', 'Mentor Kees']) expect(raw).not.toContain(secret)
    expect(raw).toContain('K-1')
    expect((await db.syncMeta.get('_duplicate:youth:y2'))?.record).toEqual(record)
  })
})
