import { lazy } from 'react'

/**
 * Everything but the board loads on demand, so the first load stays small; the service
 * worker precaches these chunks, so they open offline too.
 */
export const YouthPage = lazy(() =>
  import('../features/youths/youth-page').then((m) => ({ default: m.YouthPage })),
)
export const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
)
export const YouthFormDialog = lazy(() =>
  import('../features/youths/youth-form-dialog').then((m) => ({ default: m.YouthFormDialog })),
)
export const AssessmentDialog = lazy(() =>
  import('../features/assessment/assessment-dialog').then((m) => ({ default: m.AssessmentDialog })),
)
export const OutflowDialog = lazy(() =>
  import('../features/youths/outflow-dialog').then((m) => ({ default: m.OutflowDialog })),
)
export const LegendDialog = lazy(() =>
  import('../features/legend/legend-dialog').then((m) => ({ default: m.LegendDialog })),
)
export const ReviewPage = lazy(() =>
  import('../features/review/review-page').then((m) => ({ default: m.ReviewPage })),
)
export const ReportPage = lazy(() =>
  import('../features/report/report-page').then((m) => ({ default: m.ReportPage })),
)
export const MunicipalPage = lazy(() =>
  import('../features/municipal/municipal-page').then((m) => ({ default: m.MunicipalPage })),
)
export const ImportPage = lazy(() =>
  import('../features/importer/import-page').then((m) => ({ default: m.ImportPage })),
)
/** The quiet back-up reminder: its own chunk, loaded after the first screen. */
export const BackupReminder = lazy(() =>
  import('../features/backup/backup-reminder').then(
    (m) => ({ default: m.BackupReminder }),
    // It loads seconds after the start: offline without the service worker the chunk may not
    // come, and a missing reminder must never blank the board.
    () => ({ default: () => null }),
  ),
)

// With Rapportage only.
export const ReceivedAgreementsPanel = lazy(() =>
  import('../features/received-agreements/agreements-panel').then((m) => ({
    default: m.ReceivedAgreementsPanel,
  })),
)
