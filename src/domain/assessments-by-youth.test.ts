import { describe, expect, it } from 'vitest'
import { assessmentsByYouth } from './assessments-by-youth'
import { makeAssessment } from '../../test/factories/assessment'

const assessment = (youthId: string, preconditionId: string) =>
  makeAssessment({ youthId, preconditionId })

describe('assessmentsByYouth', () => {
  it('finds every assessment by youth and precondition', () => {
    const list = [assessment('a', 'wonen'), assessment('b', 'wonen'), assessment('a', 'school')]
    const byYouth = assessmentsByYouth(list)
    expect([...(byYouth.get('a')?.keys() ?? [])]).toEqual(['wonen', 'school'])
    expect(byYouth.get('b')?.get('wonen')).toBe(list[1])
  })

  it('keeps only the youths asked for, without empty entries for the others', () => {
    const byYouth = assessmentsByYouth(
      [assessment('a', 'wonen'), assessment('b', 'wonen')],
      new Set(['b', 'c']),
    )
    expect([...byYouth.keys()]).toEqual(['b'])
  })
})
