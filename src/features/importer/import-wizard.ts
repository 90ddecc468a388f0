import type {
  ColumnMapping,
  DuplicateChoice,
  ImportChoices,
  RowAnalysis,
} from '../../domain/import/types'
import type { ImportResult } from '../../db/import-repo'
import type { ColourMeaning } from '../../domain/import/cell-colour'
import type { ColourAnswers, ColourReport } from '../../domain/import/colour-statuses'
import type { OtherLine } from '../../domain/import/heading-rows'
import type { CheckedSheet, Proposal } from './import-pipeline'
import type { LoadedSheet } from './read-import-file'

/**
 * The import wizard's steps as named states and the actions that move between them. Pure: the
 * hook `useImportWizard` does the reading, checking and saving and dispatches what happened.
 */

/** A sheet with its columns mapped. */
export interface Mapped {
  sheet: LoadedSheet
  mapping: ColumnMapping
  proposal: Proposal
  /** The user's answers to "Deze kleur betekent: …", per colour. */
  answers?: ColourAnswers
}

export interface Previewed extends Mapped {
  rows: RowAnalysis[]
  /** Lines of the list that are no youth: headings, totals, notes. */
  lines: OtherLine[]
  locationFromHeadings: boolean
  /** Statuses from cell colours, and cells whose text won over their colour. */
  colours?: ColourReport
  choices: ImportChoices
  remember: boolean
  error: string | null
  done: number
  total: number
}

export type WizardState =
  | {
      step: 'file'
      busy: boolean
      error: string | null
      /** Bytes unpacked of a large workbook being read. */
      unpacked?: { done: number; total: number }
    }
  | (Mapped & { step: 'mapping'; error?: string; notice?: string })
  | (Mapped & { step: 'checking'; done: number })
  | (Previewed & { step: 'preview' })
  | (Previewed & { step: 'saving' })
  | { step: 'done'; result: ImportResult; skipped: number; remembered: boolean }

export type WizardAction =
  /** A file was chosen and is being read. */
  | { type: 'fileChosen' }
  | { type: 'fileProgress'; done: number; total: number }
  /** Reading the file failed, or it holds no rows. */
  | { type: 'fileRefused'; error: string }
  /** Back to choosing a file, from anywhere. */
  | { type: 'restart' }
  /** A sheet was read or reselected: its proposed mapping is shown. */
  | { type: 'proposed'; mapped: Mapped; notice?: string }
  | { type: 'mappingChanged'; mapping: ColumnMapping }
  | { type: 'colourAnswered'; colour: string; meaning: ColourMeaning }
  | { type: 'checkStarted'; mapped: Mapped }
  | { type: 'checkProgress'; done: number }
  | { type: 'checkFailed'; error: string }
  | ({ type: 'checked'; existing: DuplicateChoice | null } & CheckedSheet)
  | { type: 'backToMapping' }
  | { type: 'choicesChanged'; choices: ImportChoices }
  | { type: 'rememberChanged'; remember: boolean }
  | { type: 'saveStarted' }
  | { type: 'saveProgress'; done: number; total: number }
  | { type: 'saveFailed'; error: string }
  /** Stored; `skipped` rows of the plan were left out. */
  | { type: 'saved'; result: ImportResult; skipped: number }

export const INITIAL_WIZARD: WizardState = { step: 'file', busy: false, error: null }

/** The four steps the user sees; checking and saving are the progress of mapping and preview. */
export const WIZARD_STEPS = ['file', 'mapping', 'preview', 'done'] as const
const STEP_INDEX: Record<WizardState['step'], number> = {
  file: 0,
  mapping: 1,
  checking: 1,
  preview: 2,
  saving: 2,
  done: 3,
}

export const stepIndex = (state: WizardState): number => STEP_INDEX[state.step]

const mappedOf = ({ sheet, mapping, proposal, answers }: Mapped): Mapped =>
  answers ? { sheet, mapping, proposal, answers } : { sheet, mapping, proposal }

/**
 * The next state. An action that does not belong to the current step (a late progress report,
 * a double click) leaves the state as it is.
 */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'fileChosen':
      return { step: 'file', busy: true, error: null }
    case 'fileProgress':
      if (state.step !== 'file' || !state.busy) return state
      return { ...state, unpacked: { done: action.done, total: action.total } }
    case 'fileRefused':
      return { step: 'file', busy: false, error: action.error }
    case 'restart':
      return INITIAL_WIZARD
    case 'proposed':
      return action.notice === undefined
        ? { step: 'mapping', ...mappedOf(action.mapped) }
        : { step: 'mapping', ...mappedOf(action.mapped), notice: action.notice }
    case 'mappingChanged':
      // A notice (layout forgotten) stays; an error about the old mapping goes.
      return state.step === 'mapping'
        ? { ...state, mapping: action.mapping, error: undefined }
        : state
    case 'colourAnswered':
      if (state.step !== 'mapping') return state
      return {
        ...state,
        answers: { ...state.answers, [action.colour]: action.meaning },
        error: undefined,
      }
    case 'checkStarted':
      return { step: 'checking', ...mappedOf(action.mapped), done: 0 }
    case 'checkProgress':
      return state.step === 'checking' ? { ...state, done: action.done } : state
    case 'checkFailed':
      if (state.step !== 'checking') return state
      return { step: 'mapping', ...mappedOf(state), error: action.error }
    case 'checked':
      if (state.step !== 'checking') return state
      return {
        step: 'preview',
        ...mappedOf(state),
        rows: action.rows,
        lines: action.lines,
        locationFromHeadings: action.locationFromHeadings,
        ...(action.colours ? { colours: action.colours } : {}),
        choices: { existing: action.existing, inFile: null },
        remember: true,
        error: null,
        done: 0,
        total: 0,
      }
    case 'backToMapping':
      if (state.step !== 'preview') return state
      return { step: 'mapping', ...mappedOf(state) }
    case 'choicesChanged':
      return state.step === 'preview' ? { ...state, choices: action.choices, error: null } : state
    case 'rememberChanged':
      return state.step === 'preview' ? { ...state, remember: action.remember } : state
    case 'saveStarted':
      return state.step === 'preview' ? { ...state, step: 'saving', error: null } : state
    case 'saveProgress':
      return state.step === 'saving' ? { ...state, done: action.done, total: action.total } : state
    case 'saveFailed':
      if (state.step !== 'saving') return state
      return { ...state, step: 'preview', error: action.error, done: 0, total: 0 }
    case 'saved':
      if (state.step !== 'saving') return state
      return {
        step: 'done',
        result: action.result,
        skipped: action.skipped,
        remembered: state.remember,
      }
  }
}
