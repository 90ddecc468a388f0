import { makeYouthValues } from '../../test/factories/youth-values'
import { passesBsnElfproef } from '../domain/bsn'
import { db } from './database'
import { loadSampleData, NotEmptyError, SAMPLE_YOUTH_COUNT } from './sample-data-repo'
import { getSettings, saveSettings } from './settings-repo'
import { addYouth } from './youths-repo'

describe('sample data', () => {
  it('fills an empty database with a fictitious provider', async () => {
    expect(await loadSampleData('2026-11-23', 'A')).toBe(SAMPLE_YOUTH_COUNT)
    expect(await db.youths.count()).toBe(SAMPLE_YOUTH_COUNT)
    expect(await db.assessments.count()).toBeGreaterThan(SAMPLE_YOUTH_COUNT)
    expect((await getSettings()).providerName).toMatch(/fictief/)
    const refs = (await db.youths.toArray()).map((y) => y.clientRef)
    expect(refs.filter(passesBsnElfproef)).toEqual([])
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
