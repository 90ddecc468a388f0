import type { Dictionary } from '../nl'
import { enReview } from './review'
import { enReport } from './report'
import { enImporter } from './importer'
import { enImportColours } from './import-colours'
import { enBackup } from './backup'
import { enSecurity } from './security'
import { enBoard } from './board'
import { enConflicts } from './conflicts'
import { enSyncConflicts } from './sync-conflicts'
import { enCore } from './core'
import { enForms } from './forms'
import { enHistory } from './history'
import { enSettings } from './settings'
import { enMunicipalExport } from './municipal-export'
import { enMunicipalLists } from './municipal-lists'
import { enMunicipalView } from './municipal-view'
import { enMunicipal } from './municipal'
import { enAgreements } from './agreements'
import { enMunicipalFigures } from './municipal-figures'
import { enSync } from './sync'
import { enTeamKeys } from './team-keys'

export const en: Dictionary = {
  ...enCore,
  board: enBoard,
  forms: enForms,
  history: enHistory,
  settings: enSettings,
  review: enReview,
  report: enReport,
  importer: enImporter,
  importColours: enImportColours,
  backup: enBackup,
  security: enSecurity,
  municipalExport: enMunicipalExport,
  municipalLists: enMunicipalLists,
  municipalView: enMunicipalView,
  municipal: enMunicipal,
  municipalFigures: enMunicipalFigures,
  conflicts: enConflicts,
  agreements: enAgreements,
  syncConflicts: enSyncConflicts,
  sync: enSync,
  teamKeys: enTeamKeys,
}
