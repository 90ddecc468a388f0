/**
 * A team database as the app's bridge writes it, without a laptop uploading it first: the
 * benchmark's deterministic dataset with a year of history (test/bench/seed.ts) turned into
 * documents with the app's own mapping (doc-map.ts ids, the Dexie records as `data`, audit lines
 * packed 250 to a document with uids of one replica, as audit-packs.ts packs them). Used to seed
 * pouchdb-server for the reload-during-download test and the team sync benchmark; building
 * 50,000 youths through a real laptop's outbox would take longer than the download measured.
 */
import { storedYouths } from '../../src/db/youth-record'
import { AUDIT_PACK_LINES, type PackLine } from '../../src/db/sync/audit-packs'
import { SETTINGS_KEY } from '../../src/db/settings-repo'
import { DOC_LAYOUT, type SyncDoc } from '../../src/domain/sync/types'
import { generateSampleDataset } from '../../src/domain/sample-data/generate'
import { sampleHistory } from '../../src/domain/sample-data/history'

/** The replica (laptop) that "wrote" the seeded history: 16 base32 characters, as replica.ts. */
export const SEED_REPLICA = 'seedlaptopaaaaaa'

export interface TeamDocs {
  /** Youths, reviews and the team's settings, then the audit packs. */
  docs: SyncDoc[]
  youths: number
  auditLines: number
}

const envelope = (type: SyncDoc['type'], key: string, data: unknown, by: string): SyncDoc => ({
  _id: `${type}:${key}`,
  type,
  layout: DOC_LAYOUT,
  by,
  data,
})

/** The team's documents for `youthCount` youths with 12 monthly reviews (deterministic). */
export function teamDocs(youthCount: number, by = 'anna'): TeamDocs {
  const data = generateSampleDataset({
    seed: 41_000 + youthCount,
    youthCount,
    today: '2026-11-23',
    months: 12,
    nationwide: true,
  })
  const history = sampleHistory(data)
  const docs: SyncDoc[] = [
    envelope('setting', SETTINGS_KEY, { key: SETTINGS_KEY, value: data.settings }, by),
  ]
  for (const youth of storedYouths(history.youths, data.assessments))
    docs.push(envelope('youth', youth.id, youth, by))
  for (const review of history.reviews) docs.push(envelope('review', review.id, review, by))
  for (let first = 0; first < history.audit.length; first += AUDIT_PACK_LINES) {
    const lines: PackLine[] = history.audit
      .slice(first, first + AUDIT_PACK_LINES)
      .map((line, i) => ({ ...line, uid: `${SEED_REPLICA}.${first + i + 1}` }))
    docs.push(envelope('audit', `${SEED_REPLICA}:${first + 1}`, { lines }, by))
  }
  return { docs, youths: history.youths.length, auditLines: history.audit.length }
}

/**
 * Writes the documents into a team database in `_bulk_docs` requests of at most 1,000
 * documents or ~4 MB (an audit pack of 250 lines is ~50 KB), as a member (`authorization`: a
 * Basic header, or none where the fetch carries a session cookie). Throws when the server
 * refuses one, so a seed never silently comes out short.
 */
export async function putTeamDocs(
  teamUrl: string,
  docs: readonly SyncDoc[],
  authorization?: string,
  fetchWith: typeof fetch = fetch,
): Promise<void> {
  let batch: string[] = []
  let bytes = 0
  const send = async () => {
    if (batch.length === 0) return
    const response = await fetchWith(`${teamUrl}/_bulk_docs`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: `{"docs":[${batch.join(',')}]}`,
    })
    batch = []
    bytes = 0
    if (!response.ok) throw new Error(`seed: HTTP ${response.status} ${await response.text()}`)
    const results = (await response.json()) as { id: string; error?: string; reason?: string }[]
    const refused = results.find((r) => r.error)
    if (refused) throw new Error(`seed: ${refused.id} refused: ${refused.reason ?? refused.error}`)
  }
  for (const doc of docs) {
    const text = JSON.stringify(doc)
    if (batch.length === 1_000 || bytes + text.length > 4_000_000) await send()
    batch.push(text)
    bytes += text.length
  }
  await send()
}
