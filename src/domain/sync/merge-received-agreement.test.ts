import { describe, expect, it } from 'vitest'
import { mergeDocData } from './merge-doc'

const entry = (id: string, at: string, text: string) => ({
  id,
  status: 'loopt',
  reason: null,
  text,
  by: id.startsWith('a') ? 'anna' : 'bo',
  at,
})

const record = (progress: unknown[], fileRonde = '2026-10-25') => ({
  id: 'r1',
  issuerKey: 'gm0518',
  issuerName: "'s-Gravenhage",
  agreement: { id: 'r1', text: 'Kamertraining starten' },
  fileRonde,
  progress,
  version: 1,
})

const side = (data: unknown, rev: string) => ({ data, by: 'x', at: '', rev })

describe('merging a received afspraak from two laptops', () => {
  it('keeps the progress both laptops added while apart, in time order, without asking', () => {
    const first = entry('a0', '2026-11-01T09:00:00.000Z', 'Gestart')
    const ancestor = record([first])
    const onA = record([first, entry('a1', '2026-11-03T09:00:00.000Z', 'Aanmelding gedaan')])
    const onB = record([first, entry('b1', '2026-11-02T09:00:00.000Z', 'Gesprek gehad')])
    const merged = mergeDocData('receivedAgreement', ancestor, side(onA, '2-a'), side(onB, '2-b'))
    const progress = (merged.data as { progress: { id: string }[] }).progress
    expect(progress.map((p) => p.id)).toEqual(['a0', 'b1', 'a1'])
    expect(merged.conflicts).toEqual([])
  })

  it('takes the newer file loaded on one laptop and keeps the other laptop’s progress', () => {
    const ancestor = record([])
    const newerFile = record([], '2026-12-06')
    const withProgress = record([entry('b1', '2026-11-02T09:00:00.000Z', 'Gesprek gehad')])
    const merged = mergeDocData(
      'receivedAgreement',
      ancestor,
      side(newerFile, '2-a'),
      side(withProgress, '2-b'),
    )
    const data = merged.data as { fileRonde: string; progress: unknown[] }
    expect(data.fileRonde).toBe('2026-12-06')
    expect(data.progress).toHaveLength(1)
  })
})

describe('merging a gemeente’s afspraak from two laptops', () => {
  const event = (id: string, at: string, what: string) => ({ id, at, by: 'x', kind: what })
  const afspraak = (history: unknown[], over: Record<string, unknown> = {}) => ({
    id: 'g1',
    text: 'Drie gezinshuisplekken zoeken',
    owner: 'gemeente',
    status: 'open',
    history,
    version: 1,
    ...over,
  })

  it('keeps the history of both laptops and asks only about the text both changed', () => {
    const made = event('e0', '2026-10-25T09:00:00.000Z', 'made')
    const onA = afspraak([made, event('ea', '2026-11-01T09:00:00.000Z', 'changed')], {
      text: 'Vier plekken',
      owner: 'samen',
    })
    const onB = afspraak([made, event('eb', '2026-11-02T09:00:00.000Z', 'changed')], {
      text: 'Twee plekken',
    })
    const merged = mergeDocData('agreement', afspraak([made]), side(onA, '2-a'), side(onB, '2-b'))
    const data = merged.data as { history: { id: string }[]; owner: string }
    expect(data.history.map((e) => e.id)).toEqual(['e0', 'ea', 'eb'])
    expect(data.owner).toBe('samen')
    expect(merged.conflicts.map((c) => c.field)).toEqual(['text'])
  })
})
