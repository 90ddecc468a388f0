import { styleBytes } from '../../../test/fixtures/import-styles-data'
import { styleLists, type StyleList } from '../../../test/fixtures/import-styles'
import { getAssessment } from '../../db/assessments-repo'
import { db } from '../../db/database'
import type { ColumnMapping } from '../../domain/import/types'
import { importSpreadsheet, loadImportContext, openSpreadsheet, propose } from './import-pipeline'

/**
 * The twelve styled lists through the real pipeline (read the bytes, find the list, map by
 * title and content, check, store). `npm run import:score` runs this file and prints how many
 * columns were mapped right, wrong and left open.
 */
const today = '2026-11-23'
const lists = styleLists()

async function proposal(list: StyleList) {
  const context = await loadImportContext()
  const file = new Blob([await styleBytes(list.grid, list.format)])
  const sheet = await openSpreadsheet(file, list.file, context)
  return { sheet, mapping: propose(sheet, context, today).mapping }
}

interface Score {
  right: number
  wrong: string[]
  open: string[]
}

function scoreOf(list: StyleList, headers: readonly string[], mapping: ColumnMapping): Score {
  const score: Score = { right: 0, wrong: [], open: [] }
  for (const column of list.columns) {
    const mapped = mapping[headers.indexOf(column.title)] ?? null
    if (mapped === column.target) score.right++
    else if (mapped === null) score.open.push(`${column.title} (${String(column.target)})`)
    else score.wrong.push(`${column.title}: ${mapped} (${String(column.target)})`)
  }
  return score
}

describe('lists in twelve styles', () => {
  it('has at least ten lists, in CSV (Windows-1252 and UTF-8), .xlsx and .ods', () => {
    expect(lists.length).toBeGreaterThanOrEqual(10)
    expect(new Set(lists.map((l) => l.format))).toEqual(
      new Set(['csv-ansi', 'csv-utf8', 'xlsx', 'ods']),
    )
  })

  it('maps every column right by itself: none wrong, none left open (the import score)', async () => {
    const rows: string[] = []
    const total = { right: 0, wrong: 0, open: 0 }
    const misses: string[] = []
    for (const list of lists) {
      const { sheet, mapping } = await proposal(list)
      const score = scoreOf(list, sheet.table.headers, mapping)
      total.right += score.right
      total.wrong += score.wrong.length
      total.open += score.open.length
      misses.push(...[...score.wrong, ...score.open].map((m) => `${list.file}: ${m}`))
      rows.push(
        `${list.file.padEnd(38)} ${String(score.right).padStart(5)} ${String(score.wrong.length).padStart(5)} ${String(score.open.length).padStart(5)}`,
      )
    }
    console.log(
      [
        `${'Lijst'.padEnd(38)} ${'goed'.padStart(5)} ${'fout'.padStart(5)} ${'open'.padStart(5)}`,
        ...rows,
        `${'Totaal'.padEnd(38)} ${String(total.right).padStart(5)} ${String(total.wrong).padStart(5)} ${String(total.open).padStart(5)}`,
        ...misses,
      ].join('\n'),
    )
    expect(misses).toEqual([])
    expect(total.right).toBe(lists.reduce((n, l) => n + l.columns.length, 0))
  })

  it('imports every list with no manual mapping: every youth added, no problems', async () => {
    for (const list of lists) {
      const file = new Blob([await styleBytes(list.grid, list.format)])
      const { plan, result } = await importSpreadsheet(file, list.file, {
        actor: 'Teamleider',
        today,
      })
      expect({ file: list.file, problems: plan.problems }).toEqual({
        file: list.file,
        problems: [],
      })
      expect(result).toEqual({ added: list.youths.length, updated: 0 })
      const [first] = list.youths
      const youth = await db.youths
        .where('clientRef')
        .equals(list.refs[0] ?? '')
        .first()
      if (!first || !youth) throw new Error(`${list.file}: first youth not stored`)
      expect(youth.birthDate).toBe(first.birth.toISOString().slice(0, 10))
      expect(youth.placementDate).toBe(first.placement.toISOString().slice(0, 10))
      if (list.hasLocation) expect(youth.location).toBe(first.location)
      expect((await getAssessment(youth.id, 'wonen'))?.status).toBe(first.wonen)
    }
  })
})
