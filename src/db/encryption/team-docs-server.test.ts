import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { VALIDATE_DOC_UPDATE } from '../../../scripts/sync/validate-doc-update.mjs'
import type { SyncDoc } from '../../domain/sync/types'
import { keyring } from './keyring'
import { addKeySlot, enableTeamEncryption, removeKeySlot } from './team-keys'
import { sealDocument } from './team-seal'

/** The server's rules, run as CouchDB runs them (test/unit/sync-rules.test.ts does the rest). */
const validate = runInNewContext(`(${VALIDATE_DOC_UPDATE})`) as (
  doc: unknown,
  old: unknown,
  user: { name: string; roles: string[] },
  security: unknown,
) => void
const security = { members: { names: ['anna'], roles: [] } }

function refusal(doc: SyncDoc): unknown {
  try {
    validate(doc, null, { name: 'anna', roles: [] }, security)
    return undefined
  } catch (thrown) {
    return thrown
  }
}

afterEach(() => keyring.setOff())

describe('team documents as the server checks them', () => {
  it('accepts the team configuration, key slots, a removal and sealed records', async () => {
    const published = await enableTeamEncryption('anna', 'zeven zonnige zeilboten', 'Anna')
    const { docs } = await addKeySlot('bo')
    const removal = await removeKeySlot('bo')
    const youth = await sealDocument({
      _id: 'youth:y1',
      type: 'youth',
      layout: 1,
      by: 'anna',
      data: { id: 'y1', clientRef: 'C-1', displayName: 'Roos Jansen' },
    })
    const all = [...published, ...docs, ...removal, youth]
    expect(all.map((d) => d._id)).toContain('keyslot:bo')
    for (const doc of all)
      expect({ id: doc._id, refused: refusal(doc) }).toEqual({ id: doc._id, refused: undefined })
  })

  it('would refuse a key slot that was sealed, so sealing leaves them alone', async () => {
    await enableTeamEncryption('anna', 'zeven zonnige zeilboten', 'Anna')
    const { docs } = await addKeySlot('bo')
    const slot = docs.find((d) => d._id === 'keyslot:bo')
    if (!slot) throw new Error('no slot')
    expect(await sealDocument(slot)).toEqual(slot)
    const forced: SyncDoc = { ...slot, data: undefined, sealed: { k: 'x', n: 'y', c: 'z' } }
    expect(refusal(forced)).toMatchObject({
      forbidden: expect.stringMatching(/^malformed/) as unknown,
    })
  })
})
