import { nlBoard } from './board'
import { nlCore } from './core'
import { nlForms } from './forms'
import { nlHistory } from './history'
import { nlSettings } from './settings'

export const nl = {
  ...nlCore,
  board: nlBoard,
  forms: nlForms,
  history: nlHistory,
  settings: nlSettings,
}

export type Dictionary = typeof nl
