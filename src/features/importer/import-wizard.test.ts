import { describe, expect, it } from 'vitest'
import { tableAt } from '../../domain/import/locate-table'
import type { RowAnalysis } from '../../domain/import/types'
import {
  INITIAL_WIZARD,
  stepIndex,
  wizardReducer,
  type Mapped,
  type WizardAction,
  type WizardState,
} from './import-wizard'

function mapped(): Mapped {
  const grid = [
    ['Cliëntnummer', 'Gemeente'],
    ['HZ-1', 'Utrecht'],
  ]
  const sheets = [{ name: 'Blad1', grid }]
  return {
    sheet: {
      name: 'lijst.csv',
      format: 'csv',
      sheets,
      csv: null,
      sheetIndex: 0,
      headerIndex: 0,
      remembered: false,
      table: tableAt(sheets[0], 0),
    },
    mapping: ['clientRef', 'municipalityCode'],
    proposal: {
      mapping: ['clientRef', 'municipalityCode'],
      guesses: [null, null],
      remembered: null,
    },
  }
}

const problemRow: RowAnalysis = {
  rowNumber: 2,
  clientRef: 'HZ-1',
  ok: false,
  existingId: null,
  problems: [],
}

const heading = { rowNumber: 1, text: 'Locatie Horizon Noord', kind: 'heading' as const }

const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state)

const inPreview = () =>
  run(
    INITIAL_WIZARD,
    { type: 'fileChosen' },
    { type: 'proposed', mapped: mapped() },
    { type: 'checkStarted', mapped: mapped() },
    {
      type: 'checked',
      rows: [problemRow],
      lines: [heading],
      locationFromHeadings: true,
      existing: null,
    },
  )

describe('the import wizard', () => {
  it('starts at choosing a file, step 1 of 4, not busy and without an error', () => {
    expect(INITIAL_WIZARD).toEqual({ step: 'file', busy: false, error: null })
    expect(stepIndex(INITIAL_WIZARD)).toBe(0)
  })

  it('shows the file step busy while reading, and the refusal when the file cannot be read', () => {
    const busy = wizardReducer(INITIAL_WIZARD, { type: 'fileChosen' })
    expect(busy).toEqual({ step: 'file', busy: true, error: null })
    expect(wizardReducer(busy, { type: 'fileRefused', error: 'Leeg' })).toEqual({
      step: 'file',
      busy: false,
      error: 'Leeg',
    })
  })

  it('shows how much of a large workbook is unpacked while it is read, and no more after', () => {
    const reading = run(
      INITIAL_WIZARD,
      { type: 'fileChosen' },
      { type: 'fileProgress', done: 3, total: 40 },
    )
    expect(reading).toEqual({
      step: 'file',
      busy: true,
      error: null,
      unpacked: { done: 3, total: 40 },
    })
    const refused = wizardReducer(reading, { type: 'fileRefused', error: 'Te groot' })
    expect(refused).toEqual({ step: 'file', busy: false, error: 'Te groot' })
    expect(wizardReducer(refused, { type: 'fileProgress', done: 40, total: 40 })).toBe(refused)
  })

  it('shows the proposed mapping after reading, and keeps a notice until the mapping is left', () => {
    const state = wizardReducer(INITIAL_WIZARD, {
      type: 'proposed',
      mapped: mapped(),
      notice: 'Vergeten',
    })
    expect(state).toMatchObject({ step: 'mapping', notice: 'Vergeten' })
    expect(stepIndex(state)).toBe(1)
    const changed = wizardReducer(state, { type: 'mappingChanged', mapping: ['clientRef', null] })
    expect(changed).toMatchObject({
      step: 'mapping',
      mapping: ['clientRef', null],
      notice: 'Vergeten',
    })
  })

  it('clears an error about the mapping once the user changes it', () => {
    const failed = run(
      INITIAL_WIZARD,
      { type: 'checkStarted', mapped: mapped() },
      { type: 'checkFailed', error: 'Onbekende fout' },
    )
    expect(failed).toMatchObject({ step: 'mapping', error: 'Onbekende fout' })
    const changed = wizardReducer(failed, { type: 'mappingChanged', mapping: [null, null] })
    expect(changed).toMatchObject({ step: 'mapping', mapping: [null, null] })
    expect(changed.step === 'mapping' && changed.error).toBeFalsy()
  })

  it('counts checked rows while checking, still on the mapping step for the user', () => {
    const checking = run(
      INITIAL_WIZARD,
      { type: 'checkStarted', mapped: mapped() },
      { type: 'checkProgress', done: 500 },
    )
    expect(checking).toMatchObject({ step: 'checking', done: 500 })
    expect(stepIndex(checking)).toBe(1)
  })

  it('opens the preview with the checked rows, remembering the columns by default', () => {
    const state = inPreview()
    expect(state).toMatchObject({
      step: 'preview',
      rows: [problemRow],
      lines: [heading],
      locationFromHeadings: true,
      choices: { existing: null, inFile: null },
      remember: true,
      error: null,
    })
    expect(stepIndex(state)).toBe(2)
  })

  it('starts a remembered list with the choice made for it last time', () => {
    const state = run(
      INITIAL_WIZARD,
      { type: 'checkStarted', mapped: mapped() },
      { type: 'checked', rows: [], lines: [], locationFromHeadings: false, existing: 'update' },
    )
    expect(state).toMatchObject({ step: 'preview', choices: { existing: 'update', inFile: null } })
  })

  it('goes back from the preview to the same mapping', () => {
    const back = wizardReducer(inPreview(), { type: 'backToMapping' })
    expect(back).toEqual({ step: 'mapping', ...mapped() })
  })

  it('clears a save error when the user changes a choice', () => {
    const failed = run(
      inPreview(),
      { type: 'saveStarted' },
      { type: 'saveFailed', error: 'Schijf vol' },
    )
    expect(failed).toMatchObject({ step: 'preview', error: 'Schijf vol', rows: [problemRow] })
    const chosen = wizardReducer(failed, {
      type: 'choicesChanged',
      choices: { existing: 'skip', inFile: null },
    })
    expect(chosen).toMatchObject({ error: null, choices: { existing: 'skip', inFile: null } })
  })

  it('shows saving progress and then the result with the skipped rows and whether it remembered', () => {
    const saving = run(
      inPreview(),
      { type: 'rememberChanged', remember: false },
      { type: 'saveStarted' },
      { type: 'saveProgress', done: 10, total: 40 },
    )
    expect(saving).toMatchObject({ step: 'saving', done: 10, total: 40, remember: false })
    const done = wizardReducer(saving, {
      type: 'saved',
      result: { added: 3, updated: 1 },
      skipped: 2,
    })
    expect(done).toEqual({
      step: 'done',
      result: { added: 3, updated: 1 },
      skipped: 2,
      remembered: false,
    })
    expect(stepIndex(done)).toBe(3)
    expect(wizardReducer(done, { type: 'restart' })).toEqual(INITIAL_WIZARD)
  })

  it('ignores a late progress report or a second click that belongs to another step', () => {
    const preview = inPreview()
    expect(wizardReducer(preview, { type: 'saveProgress', done: 1, total: 2 })).toBe(preview)
    expect(wizardReducer(preview, { type: 'checkProgress', done: 9 })).toBe(preview)
    const saving = wizardReducer(preview, { type: 'saveStarted' })
    expect(wizardReducer(saving, { type: 'saveStarted' })).toBe(saving)
    expect(
      wizardReducer(INITIAL_WIZARD, {
        type: 'saved',
        result: { added: 1, updated: 0 },
        skipped: 0,
      }),
    ).toBe(INITIAL_WIZARD)
  })
})
