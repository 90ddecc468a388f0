import { describe, expect, it } from 'vitest'
import { mergeDocData, type MergeSide } from './merge-doc'

const assessment = (over: Record<string, unknown> = {}) => ({
  youthId: 'y1',
  preconditionId: 'wonen',
  status: 'oranje',
  reasonCodes: ['W1'],
  note: 'zoekt kamer',
  action: '',
  owner: null,
  dueDate: null,
  changedBy: 'Anna',
  changedAt: '2026-11-01T10:00:00.000Z',
  version: 3,
  ...over,
})

const youth = (over: Record<string, unknown> = {}) => ({
  id: 'y1',
  clientRef: 'C-1',
  displayName: 'Sam',
  location: 'Noord',
  note: '',
  outflow: null,
  lastReviewDate: null,
  redStreaks: {},
  createdAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
  version: 4,
  assessments: { wonen: assessment() },
  ...over,
})

const side = (data: unknown, by: string, rev: string, at = '2026-12-01T09:00:00.000Z') =>
  ({ data, by, at, rev }) satisfies MergeSide

describe('mergeDocData for a youth', () => {
  it('takes what only one laptop changed, from both laptops', () => {
    const base = youth()
    const a = youth({ location: 'Zuid' })
    const b = youth({ assessments: { wonen: assessment({ status: 'groen', changedBy: 'Bo' }) } })
    const { data, conflicts } = mergeDocData(
      'youth',
      base,
      side(a, 'anna', '3-a'),
      side(b, 'bo', '3-b'),
    )
    expect(conflicts).toEqual([])
    expect(data).toMatchObject({ location: 'Zuid', assessments: { wonen: { status: 'groen' } } })
    expect(data).not.toHaveProperty('syncConflicts')
  })

  it('keeps the winner and records both values with who and when when both changed a field', () => {
    const base = youth()
    const winner = youth({
      assessments: {
        wonen: assessment({
          note: 'kamer gevonden',
          changedBy: 'Anna',
          changedAt: '2026-12-01T08:00:00.000Z',
        }),
      },
    })
    const loser = youth({
      assessments: {
        wonen: assessment({
          note: 'wacht op urgentie',
          changedBy: 'Bo',
          changedAt: '2026-12-01T09:30:00.000Z',
        }),
      },
    })
    const { data, conflicts } = mergeDocData(
      'youth',
      base,
      side(winner, 'anna', '5-f'),
      side(loser, 'bo', '5-a'),
    )
    expect(data).toMatchObject({
      assessments: { wonen: { note: 'kamer gevonden', changedBy: 'Anna' } },
    })
    expect(conflicts).toEqual([
      {
        field: 'assessments.wonen.note',
        values: [
          { value: 'kamer gevonden', by: 'Anna', at: '2026-12-01T08:00:00.000Z', rev: '5-f' },
          { value: 'wacht op urgentie', by: 'Bo', at: '2026-12-01T09:30:00.000Z', rev: '5-a' },
        ],
      },
    ])
    expect((data as { syncConflicts: unknown }).syncConflicts).toEqual(conflicts)
  })

  it('counts the version above both sides and takes who/when from the side whose values it kept', () => {
    const base = youth()
    const a = youth({ location: 'Zuid', version: 5 })
    const b = youth({
      version: 7,
      assessments: { wonen: assessment({ status: 'rood', changedBy: 'Bo', version: 4 }) },
    })
    const { data } = mergeDocData('youth', base, side(a, 'anna', '3-a'), side(b, 'bo', '3-b'))
    expect(data).toMatchObject({
      version: 8,
      assessments: { wonen: { status: 'rood', changedBy: 'Bo', version: 5 } },
    })
  })

  it('asks every differing field when the ancestor is not available', () => {
    const a = youth({ location: 'Zuid' })
    const b = youth({ displayName: 'Sammy' })
    const { data, conflicts } = mergeDocData(
      'youth',
      null,
      side(a, 'anna', '3-a'),
      side(b, 'bo', '3-b'),
    )
    expect(conflicts.map((c) => c.field).sort()).toEqual([
      'details.displayName',
      'details.location',
    ])
    expect(data).toMatchObject({ location: 'Zuid', displayName: 'Sam' })
  })

  it('keeps open conflicts of both sides, and drops one a laptop resolved', () => {
    const open = {
      field: 'details.location',
      values: [
        { value: 'Zuid', by: 'anna', at: 't1', rev: '2-a' },
        { value: 'West', by: 'bo', at: 't2', rev: '2-b' },
      ],
    }
    const base = youth({ location: 'Zuid', syncConflicts: [open] })
    const resolved = youth({ location: 'West' })
    const other = youth({ location: 'Zuid', syncConflicts: [open], displayName: 'Sammy' })
    const merged = mergeDocData(
      'youth',
      base,
      side(other, 'bo', '4-z'),
      side(resolved, 'anna', '4-a'),
    )
    expect(merged.conflicts).toEqual([])
    expect(merged.data).toMatchObject({ location: 'West', displayName: 'Sammy' })

    const fresh = youth({ location: 'Oost' })
    const both = mergeDocData('youth', null, side(other, 'bo', '4-z'), side(fresh, 'anna', '4-a'))
    const entry = both.conflicts.find((c) => c.field === 'details.location')
    expect(entry?.values.map((v) => v.value)).toEqual(['Zuid', 'West', 'Oost'])
  })

  it('gives equal leaves back unchanged, so nothing new is written', () => {
    const a = youth({ location: 'Zuid' })
    const b = JSON.parse(JSON.stringify(youth({ location: 'Zuid' }))) as unknown
    const { data } = mergeDocData('youth', youth(), side(a, 'anna', '3-a'), side(b, 'bo', '3-b'))
    expect(data).toBe(a)
  })

  it('restores a record deleted on one laptop and changed on the other, with a marker', () => {
    const base = youth()
    const edited = youth({ location: 'Zuid' })
    const { data, conflicts } = mergeDocData(
      'youth',
      base,
      side(null, 'anna', '5-a'),
      side(edited, 'bo', '5-b'),
    )
    expect(data).toMatchObject({ location: 'Zuid' })
    expect(conflicts).toEqual([
      {
        field: 'deleted',
        values: [
          { value: true, by: 'anna', at: '2026-12-01T09:00:00.000Z', rev: '5-a' },
          { value: false, by: 'bo', at: '2026-12-01T09:00:00.000Z', rev: '5-b' },
        ],
      },
    ])
    const untouched = mergeDocData(
      'youth',
      base,
      side(youth(), 'bo', '4-b'),
      side(null, 'anna', '5-a'),
    )
    expect(untouched.data).toBeNull()
  })
})

describe('mergeDocData for other documents', () => {
  it('merges the team settings per setting', () => {
    const record = (value: Record<string, unknown>, version = 2) => ({ key: 'app', version, value })
    const base = record({
      providerName: 'Zorg',
      reviewCadenceDays: 35,
      municipal: { rondeWeeks: 6, rondeWindowWeeks: 6 },
    })
    const a = record(
      {
        providerName: 'Zorg BV',
        reviewCadenceDays: 35,
        municipal: { rondeWeeks: 6, rondeWindowWeeks: 6 },
      },
      3,
    )
    const b = record(
      {
        providerName: 'Zorg',
        reviewCadenceDays: 28,
        municipal: { rondeWeeks: 4, rondeWindowWeeks: 6 },
      },
      3,
    )
    const { data, conflicts } = mergeDocData(
      'setting',
      base,
      side(a, 'anna', '3-a'),
      side(b, 'bo', '3-b'),
    )
    expect(conflicts).toEqual([])
    expect(data).toEqual({
      key: 'app',
      version: 4,
      value: {
        providerName: 'Zorg BV',
        reviewCadenceDays: 28,
        municipal: { rondeWeeks: 4, rondeWindowWeeks: 6 },
      },
    })
  })

  it('asks about a report note both laptops rewrote', () => {
    const note = (text: string, updatedBy: string) => ({
      id: 'p|all',
      text,
      updatedAt: 't',
      updatedBy,
    })
    const { data, conflicts } = mergeDocData(
      'reportNote',
      note('oud', 'anna'),
      side(note('nieuw A', 'anna'), 'anna', '2-b'),
      side(note('nieuw B', 'bo'), 'bo', '2-a'),
    )
    expect(data).toMatchObject({ text: 'nieuw A' })
    expect(conflicts[0]?.values.map((v) => v.value)).toEqual(['nieuw A', 'nieuw B'])
  })

  it('joins what two laptops changed in one review item without asking', () => {
    const item = (changed: string[], discussedBy: string) => ({
      reviewId: 'r',
      youthId: 'y',
      discussedAt: 't',
      discussedBy,
      changed,
    })
    const { data, conflicts } = mergeDocData(
      'reviewItem',
      item([], ''),
      side(item(['wonen'], 'anna'), 'anna', '2-b'),
      side(item(['school'], 'bo'), 'bo', '2-a'),
    )
    expect(conflicts).toEqual([])
    expect(data).toMatchObject({ changed: ['wonen', 'school'], discussedBy: 'anna' })
  })
})
