import type { Transaction } from 'dexie'
import type { StoredYouth } from './youth-record'

type StoredAssessment = { youthId: string; preconditionId: string }

/**
 * Schema v5: moves every assessment into its youth's record (youth-record.ts). The records are
 * moved as they are stored: with encryption at rest on, the app is still locked while the
 * database opens, so a sealed assessment stays sealed inside its youth (the encryption
 * middleware opens embedded assessments as assessments). An assessment whose youth does not
 * exist was never shown anywhere and is left behind with the old table (dropped in v6).
 */
export async function foldAssessmentsIntoYouths(tx: Transaction): Promise<void> {
  const byYouth = new Map<string, Record<string, StoredAssessment>>()
  await tx
    .table<StoredAssessment>('assessments')
    .toCollection()
    .each((a) => {
      let of = byYouth.get(a.youthId)
      if (!of) byYouth.set(a.youthId, (of = {}))
      of[a.preconditionId] = a
    })
  // Read and put rather than `modify`: modify deep-clones each record, which turns a sealed
  // record's byte arrays into plain objects.
  const youths = tx.table<StoredYouth, string>('youths')
  const changed = (await youths.bulkGet([...byYouth.keys()])).flatMap((youth) => {
    const assessments = youth && byYouth.get(youth.id)
    return assessments ? [{ ...youth, assessments } as StoredYouth] : []
  })
  for (let start = 0; start < changed.length; start += 5000) {
    await youths.bulkPut(changed.slice(start, start + 5000))
  }
}
