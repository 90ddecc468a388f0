import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { isAuditBatch } from '../../db/audit-record'
import { expandAudit } from '../../db/audit-repo'
import { db } from '../../db/database'
import { loadSampleData } from '../../db/sample-data-repo'
import { useAuditCompaction } from './use-audit-compaction'

describe('audit compaction in the app', () => {
  it('moves the audit lines into batches soon after the app opens, losing none', async () => {
    await loadSampleData('2026-11-23', 'A')
    const lines = expandAudit(await db.audit.toArray()).length
    renderHook(() => useAuditCompaction(0))
    await waitFor(async () => {
      expect((await db.audit.toArray()).some(isAuditBatch)).toBe(true)
    })
    expect(expandAudit(await db.audit.toArray())).toHaveLength(lines)
  })

  it('does nothing once the app has closed before its start', async () => {
    await loadSampleData('2026-11-23', 'A')
    const { unmount } = renderHook(() => useAuditCompaction(50))
    unmount()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await db.audit.toArray()).some(isAuditBatch)).toBe(false)
  })
})
