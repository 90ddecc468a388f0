import { describe, expect, it } from 'vitest'
import { defaultPeriod, previousPeriod, selectablePeriods } from '../domain/report/periods'
import type { AuditEntry } from '../domain/types'
import { setAssessment } from './assessments-repo'
import { isAuditBatch } from './audit-record'
import { AUDIT_COMPACT_LINES, compactAudit } from './audit-compaction'
import { auditForYouth, expandAudit } from './audit-repo'
import { db } from './database'
import { auditSince, reportFromDatabase } from './report-repo'
import { loadSampleData } from './sample-data-repo'
import { seed } from '../../test/bench/seed'
import { getSettings } from './settings-repo'

const TODAY = '2026-11-23'

/** Every audit line as the app reads it, oldest first. */
async function allLines(): Promise<AuditEntry[]> {
  return expandAudit(await db.audit.toArray()).sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : (a.id ?? 0) - (b.id ?? 0),
  )
}

async function someYouthIds(): Promise<string[]> {
  return (await db.youths.toArray()).slice(0, 8).map((y) => y.id)
}

async function latestReport() {
  const settings = await getSettings()
  const period = defaultPeriod(selectablePeriods(settings, TODAY))
  return reportFromDatabase({
    period,
    previous: previousPeriod(period, settings, TODAY),
    scope: { kind: 'all' },
    createdAt: 'fixed',
  })
}

describe('audit compaction', () => {
  it('moves the single lines into far fewer records, and every read gives what it gave before', async () => {
    // 300 youths with a year of monthly history: thousands of lines over many periods.
    await seed(300)
    const records = await db.audit.count()
    const lines = await allLines()
    expect(lines.length).toBeGreaterThan(8 * AUDIT_COMPACT_LINES)
    const ids = await someYouthIds()
    const histories = await Promise.all(ids.map(auditForYouth))
    const since = await auditSince('2026-09-01T00:00:00.000Z')
    const report = await latestReport()

    const moved = await compactAudit()

    expect(moved).toBeGreaterThan(lines.length - AUDIT_COMPACT_LINES - 100)
    expect(await db.audit.count()).toBeLessThan(records - moved + moved / 200)
    expect(await allLines()).toEqual(lines)
    expect(await Promise.all(ids.map(auditForYouth))).toEqual(histories)
    expect(await auditSince('2026-09-01T00:00:00.000Z')).toEqual(since)
    expect(await latestReport()).toEqual(report)
  })

  it('leaves fewer than a batch of the newest lines, and lines about the data as a whole, single', async () => {
    await loadSampleData(TODAY, 'A')
    const general = (await db.audit.toArray()).filter((e) => e.youthId === null).length
    await compactAudit()
    const stored = await db.audit.toArray()
    const singles = stored.filter((e) => !isAuditBatch(e))
    expect(singles.filter((e) => e.youthId === null)).toHaveLength(general)
    const youthSingles = singles.filter((e) => e.youthId !== null)
    expect(youthSingles.length).toBeLessThan(AUDIT_COMPACT_LINES)
    // They are the newest: no line in a batch is newer than a line left single.
    const newestMoved = stored
      .filter(isAuditBatch)
      .map((b) => b.at)
      .sort()
      .at(-1) as string
    expect(youthSingles.every((e) => e.at >= newestMoved)).toBe(true)
    // Nothing more to do the second time.
    expect(await compactAudit()).toBe(0)
  })

  it('moves every line once when two tabs compact at the same time', async () => {
    await loadSampleData(TODAY, 'A')
    const lines = await allLines()
    const [a, b] = await Promise.all([compactAudit(), compactAudit()])
    expect(a + b).toBeGreaterThan(0)
    expect(await allLines()).toEqual(lines)
  })

  it('shows an edit made after compaction first in the youth’s history', async () => {
    await loadSampleData(TODAY, 'A')
    await compactAudit()
    const [youthId] = await someYouthIds()
    await setAssessment(
      youthId as string,
      'wonen',
      {
        status: 'groen',
        reasonCodes: [],
        note: 'Kamer gevonden',
        action: '',
        owner: null,
        dueDate: null,
      },
      'B',
    )
    const [latest] = await auditForYouth(youthId as string)
    expect(latest).toMatchObject({ actor: 'B', kind: 'assessment', preconditionId: 'wonen' })
    expect(latest?.after).toMatchObject({ note: 'Kamer gevonden' })
  })
})
