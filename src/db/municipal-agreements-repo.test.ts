import { describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/validation'
import { db } from './database'
import {
  addAgreement,
  listAgreements,
  MissingRecordError,
  removeAgreement,
  setAgreementStatus,
  StaleRecordError,
  updateAgreement,
  type AgreementInput,
} from './municipal-repo'

const input: AgreementInput = {
  providerKey: 'zorg a',
  providerName: 'Zorg A',
  rondeDate: '2026-03-29',
  reasonCode: 'WON-2',
  clientRefs: [],
  text: '  Zorg A meldt de drie jongeren aan bij de woningcorporatie.  ',
  owner: 'samen',
  dueDate: '2026-05-01',
  kind: null,
  response: null,
}

describe('afspraken', () => {
  it('adds an open afspraak at version 1, with an audit line', async () => {
    const a = await addAgreement(input, 'Accountmanager')
    expect(a).toMatchObject({
      providerKey: 'zorg a',
      text: 'Zorg A meldt de drie jongeren aan bij de woningcorporatie.',
      status: 'open',
      closedRonde: null,
      version: 1,
    })
    expect(await listAgreements()).toEqual([a])
    expect(await db.audit.toArray()).toMatchObject([
      { kind: 'municipal', actor: 'Accountmanager', before: null, after: a },
    ])
  })

  it('refuses an afspraak without text or with a broken streefdatum, and stores nothing', async () => {
    await expect(addAgreement({ ...input, text: '   ' }, 'A')).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(addAgreement({ ...input, dueDate: '2026-02-30' }, 'A')).rejects.toMatchObject({
      fields: { dueDate: 'invalidDate' },
    })
    expect(await db.agreements.count()).toBe(0)
  })

  it('edits an afspraak seen at its current version and bumps the version', async () => {
    const a = await addAgreement(input, 'A')
    const edited = await updateAgreement(a.id, 1, { text: 'Nieuwe tekst', owner: null }, 'B')
    expect(edited).toMatchObject({ text: 'Nieuwe tekst', owner: null, version: 2 })
    expect(edited.updatedAt >= a.updatedAt).toBe(true)
    expect(await db.agreements.get(a.id)).toEqual(edited)
  })

  it('refuses an edit that started from an older version (another tab saved first)', async () => {
    const a = await addAgreement(input, 'A')
    await updateAgreement(a.id, 1, { text: 'Uit het andere tabblad' })
    const auditBefore = await db.audit.count()

    const stale = updateAgreement(a.id, 1, { text: 'Oude bewerking' })
    await expect(stale).rejects.toBeInstanceOf(StaleRecordError)
    await expect(stale).rejects.toThrow(/expected version 1, found 2/)
    expect(await db.agreements.get(a.id)).toMatchObject({
      text: 'Uit het andere tabblad',
      version: 2,
    })
    expect(await db.audit.count()).toBe(auditBefore)
    await expect(setAgreementStatus(a.id, 1, 'afgerond', '2026-05-10')).rejects.toBeInstanceOf(
      StaleRecordError,
    )
  })

  it('closes an afspraak in a ronde and opens it again, each a new version', async () => {
    const a = await addAgreement(input, 'A')
    const closed = await setAgreementStatus(a.id, 1, 'afgerond', '2026-05-10', 'A')
    expect(closed).toMatchObject({ status: 'afgerond', closedRonde: '2026-05-10', version: 2 })
    const reopened = await setAgreementStatus(a.id, 2, 'open', '2026-06-21', 'A')
    expect(reopened).toMatchObject({ status: 'open', closedRonde: null, version: 3 })
    expect(await db.agreements.get(a.id)).toEqual(reopened)
  })

  it('writes nothing for an edit that changes nothing', async () => {
    const a = await addAgreement(input, 'A')
    const auditBefore = await db.audit.count()
    expect(await updateAgreement(a.id, 1, { text: a.text })).toEqual(a)
    expect(await setAgreementStatus(a.id, 1, 'open', '2026-05-10')).toEqual(a)
    expect(await db.audit.count()).toBe(auditBefore)
  })

  it('says so when the afspraak is gone, and removes one', async () => {
    await expect(updateAgreement('weg', 1, { text: 'x' })).rejects.toBeInstanceOf(
      MissingRecordError,
    )
    const a = await addAgreement(input, 'A')
    const b = await addAgreement({ ...input, text: 'Tweede' }, 'A')
    await removeAgreement(a.id, 'A')
    expect(await listAgreements()).toEqual([b])
  })
})
