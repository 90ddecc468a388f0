import { SAMPLE_CSV_DUTCH } from '../../../test/fixtures/import-sheets'
import { allAssessments } from '../../db/assessments-repo'
import { db } from '../../db/database'
import { importSpreadsheet } from './import-pipeline'

describe('importSpreadsheet (the import without a screen, for the benchmark)', () => {
  it('reads, maps, checks and stores a sheet, reporting both phases', async () => {
    const phases = new Set<string>()
    const { plan, result } = await importSpreadsheet(new Blob([SAMPLE_CSV_DUTCH()]), 'lijst.csv', {
      actor: 'Bench',
      today: '2026-11-23',
      onProgress: (phase) => phases.add(phase),
    })
    expect(result).toEqual({ added: 3, updated: 0 })
    expect(plan.problems).toEqual([])
    expect(phases).toEqual(new Set(['checking', 'saving']))
    expect(await db.youths.count()).toBe(3)
    expect(await allAssessments()).toHaveLength(9)
  })
})
