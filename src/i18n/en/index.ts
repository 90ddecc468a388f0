import type { Dictionary } from '../nl'
import { enBoard } from './board'
import { enCore } from './core'
import { enForms } from './forms'
import { enHistory } from './history'
import { enSettings } from './settings'

export const en: Dictionary = {
  ...enCore,
  board: enBoard,
  forms: enForms,
  history: enHistory,
  settings: enSettings,
}
