// The labels are shared with the screen, so they live in i18n; writers import them here.
export { reportLabels } from '../../i18n/report-labels'

export interface TableOptions {
  /** Roepnaam/initialen in the Jongerenlijst: only after the user's explicit choice. */
  includeNames: boolean
}
