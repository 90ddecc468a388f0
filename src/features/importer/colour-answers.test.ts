import { describe, expect, it } from 'vitest'
import { tableAt } from '../../domain/import/locate-table'
import { INITIAL_WIZARD, wizardReducer, type Mapped, type WizardAction } from './import-wizard'
import { hasUnknownColours } from './sheet-colours'

/** A stoplight list whose Wonen cells are blue: a colour the user must explain. */
function mapped(): Mapped {
  const grid = [
    ['Cliëntnummer', 'Wonen'],
    ['HZ-1', null],
    ['HZ-2', null],
  ]
  const sheets = [{ name: 'Blad1', grid, fills: [[], [null, '4472C4'], [null, '00B050']] }]
  return {
    sheet: {
      name: 'lijst.xlsx',
      format: 'xlsx',
      sheets,
      csv: null,
      sheetIndex: 0,
      headerIndex: 0,
      remembered: false,
      table: tableAt(sheets[0], 0),
    },
    mapping: ['clientRef', 'status:wonen'],
    proposal: { mapping: ['clientRef', 'status:wonen'], guesses: [null, null], remembered: null },
  }
}

const run = (...actions: WizardAction[]) => actions.reduce(wizardReducer, INITIAL_WIZARD)

describe('the answer to "Deze kleur betekent: …"', () => {
  it('is kept with the mapping until the check, and then no colour is left to ask', () => {
    const asked = run({ type: 'fileChosen' }, { type: 'proposed', mapped: mapped() })
    expect(asked.step === 'mapping' && hasUnknownColours(asked)).toBe(true)
    const answered = wizardReducer(asked, {
      type: 'colourAnswered',
      colour: '4472C4',
      meaning: 'groen',
    })
    expect(answered.step === 'mapping' && answered.answers).toEqual({ '4472C4': 'groen' })
    expect(answered.step === 'mapping' && hasUnknownColours(answered)).toBe(false)
    // A changed column keeps the answer; a check started carries it.
    const changed = wizardReducer(answered, { type: 'mappingChanged', mapping: mapped().mapping })
    expect(changed.step === 'mapping' && changed.answers).toEqual({ '4472C4': 'groen' })
    const checking = wizardReducer(changed, {
      type: 'checkStarted',
      mapped: changed.step === 'mapping' ? changed : mapped(),
    })
    expect(checking.step === 'checking' && checking.answers).toEqual({ '4472C4': 'groen' })
  })
})
