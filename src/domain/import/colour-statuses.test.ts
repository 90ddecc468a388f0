import {
  colourMeanings,
  colourReport,
  recogniseColourColumns,
  unknownColours,
} from './colour-statuses'
import { createWordMatcher } from './cell-values'
import { splitYouthRows } from './heading-rows'
import { createRowReader } from './read-row'
import type { ColumnMapping, SourceTable } from './types'
import { STATUS_WORDS } from './vocabulary'

const statusOf = createWordMatcher(STATUS_WORDS)
const headers = ['Cliëntnr.', 'Wonen', 'Opmerking']
const mapping: ColumnMapping = ['clientRef', 'status:wonen', 'note']
const table: SourceTable = {
  headers,
  headerRowNumber: 1,
  rows: [
    { rowNumber: 2, cells: ['A-1', null, 'x'], fills: [null, 'FF0000', null] },
    { rowNumber: 3, cells: ['A-2', 'groen', 'y'], fills: [null, 'FFC000', null] },
    { rowNumber: 4, cells: ['A-3', null, 'z'], fills: [null, '4472C4', 'FFFF00'] },
    { rowNumber: 5, cells: ['A-4', null, null], fills: [null, '00B050', null] },
    { rowNumber: 6, cells: ['A-5', null, 'w'], fills: [null, '4472C4', null] },
  ],
}

describe('statuses from cell colours', () => {
  it('reads a colour as the status when the cell has no text; text wins when there is', () => {
    const read = createRowReader({
      headers,
      mapping,
      reference: new Date('2026-11-23'),
      colours: colourMeanings(null, { '4472C4': 'nvt' }),
    })
    const statuses = table.rows.map((r) => read(r).statuses.wonen)
    expect(statuses).toEqual(['rood', 'groen', 'nvt', 'groen', 'nvt'])
  })

  it('asks once per colour nobody has explained, and no more once answered', () => {
    const unknown = unknownColours(table, mapping, colourMeanings(null), null)
    expect(unknown).toEqual([{ colour: '4472C4', count: 2, rowNumber: 4, column: 'Wonen' }])
    expect(
      unknownColours(table, mapping, colourMeanings(null, { '4472C4': 'none' }), null),
    ).toEqual([])
    // A legend's meaning beats the hue: here it says yellow-orange means groen.
    const legend = { meanings: new Map([['FFC000', 'groen' as const]]), words: new Map() }
    expect(colourMeanings(legend)('FFC000')).toBe('groen')
  })

  it('reports statuses from colour per column and each cell whose text overrode its colour', () => {
    const report = colourReport(table.rows, headers, mapping, colourMeanings(null), statusOf)
    expect(report).toEqual({
      fromColour: [{ column: 'Wonen', count: 2 }],
      disagreements: [{ rowNumber: 3, column: 'Wonen', text: 'groen', colour: 'oranje' }],
    })
  })

  it('recognises a column of colours without text as a status column, not one of remarks', () => {
    const colourOnly = { ...table, rows: table.rows.filter((r) => r.rowNumber !== 3) }
    const matches = recogniseColourColumns(colourOnly, colourMeanings(null))
    expect(matches).toEqual([null, { target: 'status', reason: 'statusColours' }, null])
    // One cell in five with a word is too many for a column of colours only.
    expect(recogniseColourColumns(table, colourMeanings(null))[1]).toBeNull()
    // Mostly colours that mean nothing (blue): no status column by its content.
    const blue = {
      ...table,
      rows: table.rows.map((r) => ({
        ...r,
        cells: [r.cells[0] ?? null, null, null],
        fills: [null, '4472C4', null],
      })),
    }
    expect(recogniseColourColumns(blue, colourMeanings(null))[1]).toBeNull()
  })
})

describe('rows whose statuses are colours only', () => {
  it('are youth rows, not closing lines, though most of their cells hold no text', () => {
    const stoplight: SourceTable = {
      headers: ['Nr', 'Wonen', 'School', 'Netwerk'],
      headerRowNumber: 1,
      rows: [
        {
          rowNumber: 2,
          cells: ['A-1', null, null, null],
          fills: [null, 'FF0000', '00B050', 'FFC000'],
        },
        {
          rowNumber: 3,
          cells: ['A-2', null, null, null],
          fills: [null, '00B050', '00B050', 'FF0000'],
        },
        { rowNumber: 4, cells: ['Totaal: 2', null, null, null] },
      ],
    }
    const split = splitYouthRows(stoplight, [
      'clientRef',
      'status:wonen',
      'status:school',
      'status:netwerk',
    ])
    expect(split.table.rows.map((r) => r.rowNumber)).toEqual([2, 3])
    expect(split.lines).toEqual([{ rowNumber: 4, text: 'Totaal: 2', kind: 'closing' }])
  })
})
