// Shared with the screen, so the labels live in i18n; the table builders import them here.
export { reportLabels } from '../../i18n/report-labels'

export interface TableOptions {
  /** Roepnaam/initialen in the Jongerenlijst: only after the user's explicit choice. */
  includeNames: boolean
}
