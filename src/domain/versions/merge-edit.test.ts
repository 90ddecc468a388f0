import type { AssessmentInput } from '../types'
import { makeAssessmentInput } from '../../../test/factories/assessment'
import { mergeEdit, resolveConflicts } from './merge-edit'
import { versionOf } from './record-version'

const base = makeAssessmentInput({ status: 'oranje', note: 'Eerste tekst' })

describe('mergeEdit', () => {
  it('takes theirs for a field the user did not touch', () => {
    const mine = { ...base, status: 'rood' as const }
    const theirs = { ...base, note: 'Tekst van A' }
    expect(mergeEdit(base, mine, theirs)).toEqual({
      merged: { ...base, status: 'rood', note: 'Tekst van A' },
      conflicts: [],
      taken: ['note'],
    })
  })

  it('keeps mine for a field only the user changed', () => {
    const mine = { ...base, action: 'Bellen' }
    const merge = mergeEdit(base, mine, base)
    expect(merge.merged).toEqual(mine)
    expect(merge.conflicts).toEqual([])
    expect(merge.taken).toEqual([])
  })

  it('reports a field both changed to different values as a conflict, keeping mine for now', () => {
    const mine = { ...base, note: 'Tekst van B', status: 'rood' as const }
    const theirs = { ...base, note: 'Tekst van A', owner: 'gemeente' as const }
    const merge = mergeEdit(base, mine, theirs)
    expect(merge.conflicts).toEqual(['note'])
    expect(merge.merged).toEqual({
      ...base,
      note: 'Tekst van B',
      status: 'rood',
      owner: 'gemeente',
    })
  })

  it('sees no conflict when both made the same change', () => {
    const same = { ...base, reasonCodes: ['WON-1', 'WON-2'] }
    const merge = mergeEdit(base, same, { ...same })
    expect(merge.conflicts).toEqual([])
    expect(merge.merged).toEqual(same)
  })

  it('compares lists by content, so an equal copy is no change', () => {
    const stored = { ...base, reasonCodes: ['WON-2'] }
    const merge = mergeEdit(stored, { ...stored, reasonCodes: ['WON-2'] }, stored)
    expect(merge).toEqual({ merged: stored, conflicts: [], taken: [] })
  })

  it('treats a value cleared by the user as a change (null or empty text)', () => {
    const start: AssessmentInput = { ...base, dueDate: '2027-01-15' }
    const mine = { ...start, dueDate: null }
    const theirs = { ...start, dueDate: '2027-02-01' }
    expect(mergeEdit(start, mine, theirs).conflicts).toEqual(['dueDate'])
  })
})

describe('resolveConflicts', () => {
  it("applies the user's choice per conflicting field and keeps the automatic merge", () => {
    const mine = { ...base, note: 'Tekst van B', action: 'Mijn actie' }
    const theirs = { ...base, note: 'Tekst van A', action: 'Hun actie', status: 'groen' as const }
    const merge = mergeEdit(base, mine, theirs)
    expect(merge.conflicts).toEqual(['note', 'action'])
    expect(resolveConflicts(merge, theirs, { note: 'theirs', action: 'mine' })).toEqual({
      ...base,
      status: 'groen',
      note: 'Tekst van A',
      action: 'Mijn actie',
    })
  })
})

describe('versionOf', () => {
  it('reads the stored version, and 0 for a record from before versions or no record', () => {
    expect(versionOf({ version: 4 })).toBe(4)
    expect(versionOf({})).toBe(0)
    expect(versionOf(undefined)).toBe(0)
    expect(versionOf({ version: 'x' })).toBe(0)
  })
})
