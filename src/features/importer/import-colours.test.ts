import {
  argbList,
  colourYouths,
  expectedStatuses,
  legendList,
  stoplightOds,
  textAndColourList,
  themeList,
  type ColourYouth,
} from '../../../test/fixtures/colour-lists'
import { colourMeanings, unknownColours } from '../../domain/import/colour-statuses'
import { resolvePlan } from '../../domain/import/plan'
import { checkSheet, loadImportContext, openSpreadsheet, propose } from './import-pipeline'

const today = '2026-11-23'

async function open(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>, name: string) {
  const context = await loadImportContext()
  const sheet = await openSpreadsheet(new Blob([bytes]), name, context)
  return { sheet, proposal: propose(sheet, context, today) }
}

/** Per cliëntnummer the statuses the check would store. */
async function statusesAfterCheck(
  bytes: ArrayBuffer | Uint8Array<ArrayBuffer>,
  name: string,
  answers = {},
) {
  const { sheet, proposal } = await open(bytes, name)
  const colours = colourMeanings(proposal.legend ?? null, answers)
  const checked = await checkSheet(sheet.table, proposal.mapping, today, undefined, colours)
  const plan = resolvePlan(checked.rows, { existing: 'update', inFile: 'update' })
  expect(plan.problems).toEqual([])
  const byRef = new Map(
    checked.rows.flatMap((r) => (r.ok ? [[r.clientRef, r.statuses] as const] : [])),
  )
  return { byRef, checked, sheet, proposal }
}

const expectAll = (youths: readonly ColourYouth[], byRef: Map<string, unknown>) => {
  for (const youth of youths) expect(byRef.get(youth.ref)).toEqual(expectedStatuses(youth))
}

describe('statuses kept as cell colours', () => {
  it('reads plain fills of a colour-only .xlsx as rood, oranje and groen, mapped by themselves', async () => {
    const youths = colourYouths('KL', 9)
    const { byRef, proposal, checked } = await statusesAfterCheck(await argbList(youths), 'a.xlsx')
    expect(proposal.mapping.slice(6)).toEqual([
      'status:wonen',
      'status:school',
      'status:toekomstplan',
    ])
    expectAll(youths, byRef)
    expect(checked.colours?.fromColour).toEqual([
      { column: 'Wonen', count: 9 },
      { column: 'School/dagb.', count: 9 },
      { column: '18+ plan', count: 9 },
    ])
  })

  it('resolves theme colours with their tints (lighter and darker shades of the accents)', async () => {
    const youths = colourYouths('TH', 9)
    const { byRef } = await statusesAfterCheck(await themeList(youths), 't.xlsx')
    expectAll(youths, byRef)
  })

  it('reads cell backgrounds of an .ods, through parent styles and column defaults', async () => {
    const youths = colourYouths('OD', 6)
    const { byRef } = await statusesAfterCheck(stoplightOds(youths), 'o.ods')
    expectAll(youths, byRef)
  })

  it('uses the legend on the sheet and asks once for a colour it does not name', async () => {
    const youths = colourYouths('LG', 6)
    const bytes = await legendList(youths, [1, 4])
    const { sheet, proposal } = await open(bytes, 'l.xlsx')
    const unknown = unknownColours(
      sheet.table,
      proposal.mapping,
      colourMeanings(proposal.legend ?? null),
      proposal.legend ?? null,
    )
    // One question for the one colour, however many cells carry it.
    expect(unknown).toEqual([{ colour: '8B7D6B', count: 2, rowNumber: 9, column: 'Wonen' }])
    const { byRef } = await statusesAfterCheck(bytes, 'l.xlsx', { '8B7D6B': 'nvt' })
    for (const [i, youth] of youths.entries()) {
      const expected = expectedStatuses(youth)
      expect(byRef.get(youth.ref)).toEqual(
        i === 1 || i === 4 ? { ...expected, wonen: 'nvt' } : expected,
      )
    }
  })

  it('takes the text when a cell says another status than its colour, and reports it', async () => {
    const youths = colourYouths('TX', 6)
    // Youth 1's Wonen is oranje by colour; its cell says "groen". Youth 2's School agrees.
    const bytes = await textAndColourList(youths, [
      { youth: 1, column: 0, text: 'groen' },
      { youth: 2, column: 1, text: youths[2]?.statuses[1] ?? 'rood' },
    ])
    const { byRef, checked } = await statusesAfterCheck(bytes, 'x.xlsx')
    expect(byRef.get('TX-002')).toEqual({
      ...expectedStatuses(youths[1] as ColourYouth),
      wonen: 'groen',
    })
    expect(checked.colours?.disagreements).toEqual([
      { rowNumber: 3, column: 'Wonen', text: 'groen', colour: 'oranje' },
    ])
  })
})
