import { makeYouthValues } from '../../test/factories/youth'
import { ValidationError } from '../domain/validation'
import { auditForYouth } from './audit-repo'
import { db } from './database'
import { getSettings } from './settings-repo'
import { addYouth, registerOutflow, undoOutflow, updateYouth } from './youths-repo'

const outflow = { date: '2026-11-20', destination: 'pleeggezin', reason: '01', note: '' } as const

describe('youths repository', () => {
  it('adds a youth with its audit line and the jeugdregio of its municipality', async () => {
    const youth = await addYouth(makeYouthValues(), 'A. Bakker')
    expect(await db.youths.get(youth.id)).toMatchObject({
      clientRef: 'K-001',
      jeugdregio: 'Haaglanden',
    })
    const audit = await auditForYouth(youth.id)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: 'A. Bakker', kind: 'youth', before: null })
  })

  it('refuses a cliëntnummer that exists already and writes nothing', async () => {
    await addYouth(makeYouthValues(), 'A')
    await expect(addYouth(makeYouthValues({ displayName: 'Tweede' }), 'A')).rejects.toEqual(
      new ValidationError({ clientRef: 'clientRefTaken' }),
    )
    expect(await db.youths.count()).toBe(1)
    expect(await db.audit.count()).toBe(1)
  })

  it('remembers a new location for the form', async () => {
    await addYouth(makeYouthValues({ location: 'Groep Zuid' }), 'A')
    expect((await getSettings()).locations).toEqual(['Groep Zuid'])
  })

  it('updates a youth and records old → new', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await updateYouth(youth.id, makeYouthValues({ perspective: 'zelfstandig' }), 'B')
    const [latest] = await auditForYouth(youth.id)
    expect(latest?.actor).toBe('B')
    expect(latest?.before).toMatchObject({ perspective: 'kamertraining' })
    expect(latest?.after).toMatchObject({ perspective: 'zelfstandig' })
  })

  it('allows keeping the own cliëntnummer on update but not taking another one', async () => {
    const first = await addYouth(makeYouthValues(), 'A')
    await addYouth(makeYouthValues({ clientRef: 'K-002' }), 'A')
    await expect(updateYouth(first.id, makeYouthValues(), 'A')).resolves.toBeTruthy()
    await expect(
      updateYouth(first.id, makeYouthValues({ clientRef: 'K-002' }), 'A'),
    ).rejects.toThrow(ValidationError)
    expect((await db.youths.get(first.id))?.clientRef).toBe('K-001')
  })

  it('registers an uitstroom and can take it back, both in the history', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await registerOutflow(youth.id, outflow, 'A')
    expect((await db.youths.get(youth.id))?.outflow).toEqual(outflow)
    await undoOutflow(youth.id, 'A')
    expect((await db.youths.get(youth.id))?.outflow).toBeNull()
    const kinds = (await auditForYouth(youth.id)).map((e) => e.kind)
    expect(kinds.sort()).toEqual(['outflow', 'outflow', 'youth'])
  })
})
