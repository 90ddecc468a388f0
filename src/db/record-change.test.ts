import { describe, expect, it } from 'vitest'
import type { ReportNote } from '../domain/types'
import { db } from './database'
import { changeRecord, MissingRecordError } from './record-change'

const note = (text: string): ReportNote => ({
  id: 'n1',
  text,
  updatedAt: '2026-11-23T10:00:00.000Z',
  updatedBy: 'A',
})

/** Sets the text of note n1 through the helper; an equal text keeps the stored note. */
function setText(text: string, missing?: string) {
  const change = {
    next: (before: ReportNote | undefined) => (before?.text === text ? before : note(text)),
    audit: (before: ReportNote | undefined, after: ReportNote) => ({
      actor: 'A',
      kind: 'settings' as const,
      youthId: null,
      preconditionId: null,
      before: before ?? null,
      after,
    }),
  }
  return db.transaction('rw', db.reportNotes, db.audit, async () =>
    missing === undefined
      ? changeRecord(db.reportNotes, 'n1', change)
      : changeRecord(db.reportNotes, 'n1', { ...change, missing }),
  )
}

describe('an audited change of one record', () => {
  it('stores the new record with an audit line old → new', async () => {
    await setText('eerste')
    await setText('tweede')
    expect(await db.reportNotes.get('n1')).toMatchObject({ text: 'tweede' })
    const lines = await db.audit.toArray()
    expect(lines.map((l) => [l.before && 'old', (l.after as ReportNote).text])).toEqual([
      [null, 'eerste'],
      ['old', 'tweede'],
    ])
  })

  it('writes nothing, not even an audit line, when the record stays as it was', async () => {
    await setText('eerste')
    expect(await setText('eerste')).toMatchObject({ text: 'eerste' })
    expect(await db.audit.count()).toBe(1)
  })

  it('refuses a record that must exist, naming it, and writes nothing', async () => {
    const failed = setText('eerste', 'Note')
    await expect(failed).rejects.toThrow(MissingRecordError)
    await expect(failed).rejects.toThrow('Note not found')
    expect(await db.reportNotes.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })
})
