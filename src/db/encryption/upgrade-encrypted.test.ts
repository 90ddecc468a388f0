import Dexie from 'dexie'
import { describe, expect, it, beforeAll } from 'vitest'
import { oldDatabase } from '../../../test/factories/old-schemas'
import { DoorstroomDatabase } from '../database'
import { newDataKey } from './key-wrap'
import { Keyring } from './keyring'
import { createEncryptionMiddleware } from './middleware'
import { sealRecord, loadCipher } from './record-cipher'

// As the app does before it installs a key (encryption-repo.ts).
beforeAll(loadCipher)

const youth = { id: 'y1', clientRef: 'K-1', displayName: 'Sanne', redStreaks: {}, version: 2 }
const wonen = {
  youthId: 'y1',
  preconditionId: 'wonen',
  status: 'rood',
  note: 'Wachtlijst kamertraining',
  action: 'Bellen met corporatie',
  version: 3,
}

/** Every stored value of a table, read below Dexie's middleware, as text. */
async function rawText(database: Dexie, table: string): Promise<string> {
  const records = await database.table(table).toArray()
  return JSON.stringify(records, (_, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
  )
}

describe('schema v5 with encryption at rest on', () => {
  it('moves sealed assessments into their youth while locked; after unlocking everything reads as before', async () => {
    const name = 'upgrade-encrypted-v4'
    const key = newDataKey()
    const v4 = oldDatabase(name, 4)
    await v4.table('youths').add(sealRecord('youths', youth, key))
    await v4.table('assessments').add(sealRecord('assessments', wonen, key))
    v4.close()

    // The app opens the database before anyone types the passphrase: the upgrade runs locked.
    const keyring = new Keyring()
    keyring.setLocked('k1', 15)
    const upgraded = new DoorstroomDatabase(name)
    upgraded.use(createEncryptionMiddleware(keyring))
    await upgraded.open()
    const stored = await rawText(upgraded, 'youths')
    for (const secret of ['Sanne', 'Wachtlijst', 'Bellen']) expect(stored).not.toContain(secret)

    keyring.setUnlocked(key.slice(), 'k1', 15)
    expect(await upgraded.youths.get('y1')).toEqual({ ...youth, assessments: { wonen } })

    // A later write seals the youth and its assessments again. (Locking wipes the key the
    // keyring holds, so it gets a copy each time.)
    const changed = { ...wonen, note: 'Kamer gevonden' }
    await upgraded.youths.put({ ...youth, assessments: { wonen: changed } } as never)
    keyring.setLocked('k1', 15)
    expect(await rawText(upgraded, 'youths')).not.toContain('Kamer gevonden')
    keyring.setUnlocked(key.slice(), 'k1', 15)
    expect((await upgraded.youths.get('y1'))?.assessments?.wonen).toEqual(changed)
    upgraded.close()
    await Dexie.delete(name)
  })
})
