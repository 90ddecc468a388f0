import { makeYouthValues } from '../../test/factories/youth'
import { passesBsnElfproef } from '../domain/bsn'
import { allAssessments } from './assessments-repo'
import { db } from './database'
import { loadSampleData, NotEmptyError, SAMPLE_YOUTH_COUNT } from './sample-data-repo'
import { getSettings, saveSettings } from './settings-repo'
import { addYouth } from './youths-repo'

describe('sample data', () => {
  it('fills an empty database with a fictitious provider', async () => {
    expect(await loadSampleData('2026-11-23', 'A')).toBe(SAMPLE_YOUTH_COUNT)
    expect(await db.youths.count()).toBe(SAMPLE_YOUTH_COUNT)
    expect((await allAssessments()).length).toBeGreaterThan(SAMPLE_YOUTH_COUNT)
    expect((await getSettings()).providerName).toMatch(/fictief/)
    const refs = (await db.youths.toArray()).map((y) => y.clientRef)
    expect(refs.filter(passesBsnElfproef)).toEqual([])
  })

  it('comes with six months of closed reviews, a langdurig rood case and some uitstroom', async () => {
    await loadSampleData('2026-11-23', 'A')
    const reviews = await db.reviews.toArray()
    expect(reviews).toHaveLength(6)
    expect(reviews.every((r) => r.status === 'closed' && r.totals)).toBe(true)
    expect(await db.snapshots.count()).toBe(6)
    const youths = await db.youths.toArray()
    expect(youths.some((y) => Object.values(y.redStreaks).some((n) => n >= 3))).toBe(true)
    expect(youths.filter((y) => y.outflow).length).toBeGreaterThan(0)
    expect(youths.filter((y) => y.lastReviewDate).length).toBeGreaterThan(SAMPLE_YOUTH_COUNT / 2)
    // The audit log leads to today's colours: its latest entry per precondition matches them.
    const audit = (await db.audit.toArray()).filter((e) => e.kind === 'assessment')
    const [a] = await allAssessments()
    const latest = audit
      .filter((e) => e.youthId === a?.youthId && e.preconditionId === a?.preconditionId)
      .sort((x, y) => x.at.localeCompare(y.at))
      .at(-1)
    expect(latest?.after).toMatchObject({ status: a?.status })
  })

  it('refuses to mix with real work and leaves it alone', async () => {
    await addYouth(makeYouthValues(), 'A')
    await expect(loadSampleData('2026-11-23', 'A')).rejects.toThrow(NotEmptyError)
    expect(await db.youths.count()).toBe(1)
  })

  it('keeps settings the user already made', async () => {
    await saveSettings(
      { ...(await getSettings()), providerName: 'Mijn Aanbieder', futurePlanAge: 15 },
      'A',
    )
    await loadSampleData('2026-11-23', 'A')
    const settings = await getSettings()
    expect(settings.providerName).toBe('Mijn Aanbieder')
    expect(settings.futurePlanAge).toBe(15)
  })
})
