import { nlReview } from './review'
import { nlReport } from './report'
import { nlImporter } from './importer'
import { nlImportColours } from './import-colours'
import { nlBackup } from './backup'
import { nlSecurity } from './security'
import { nlBoard } from './board'
import { nlConflicts } from './conflicts'
import { nlSyncConflicts } from './sync-conflicts'
import { nlCore } from './core'
import { nlForms } from './forms'
import { nlHistory } from './history'
import { nlSettings } from './settings'
import { nlMunicipalExport } from './municipal-export'
import { nlMunicipalLists } from './municipal-lists'
import { nlMunicipalView } from './municipal-view'
import { nlMunicipal } from './municipal'
import { nlAgreements } from './agreements'
import { nlMunicipalFigures } from './municipal-figures'
import { nlSync } from './sync'
import { nlTeamKeys } from './team-keys'

export const nl = {
  ...nlCore,
  board: nlBoard,
  forms: nlForms,
  history: nlHistory,
  settings: nlSettings,
  review: nlReview,
  report: nlReport,
  importer: nlImporter,
  importColours: nlImportColours,
  backup: nlBackup,
  security: nlSecurity,
  municipalExport: nlMunicipalExport,
  municipalLists: nlMunicipalLists,
  municipalView: nlMunicipalView,
  municipal: nlMunicipal,
  municipalFigures: nlMunicipalFigures,
  conflicts: nlConflicts,
  agreements: nlAgreements,
  syncConflicts: nlSyncConflicts,
  sync: nlSync,
  teamKeys: nlTeamKeys,
}

export type Dictionary = typeof nl
