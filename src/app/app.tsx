import { Suspense, useEffect } from 'react'
import { Route, Switch } from 'wouter'
import { useT } from '../i18n'
import { DialogHost } from './dialog-host'
import { HomeRoute } from './home-route'
import { RouteErrorBoundary } from './error-boundary'
import { Layout } from './layout'
import {
  BackupReminder,
  ImportPage,
  MunicipalPage,
  ReportPage,
  ReviewPage,
  SettingsPage,
  YouthPage,
} from './lazy-pages'
import { Notices } from './notices'
import { PlannedPage } from './planned-page'
import { ReceivedAgreementsPanel } from './lazy-pages'
import { SettingsExtras } from './settings-extras'
import { useResumeSync } from './sync-api'
import { useAuditCompaction } from '../features/storage/use-audit-compaction'
import { WhenIdle } from './when-idle'

/** The shell: layout, routes and the one place dialogs are rendered. Composes features only. */
export function App() {
  const t = useT()
  useAuditCompaction()
  useResumeSync()
  useEffect(() => {
    document.documentElement.lang = t.locale.slice(0, 2)
  }, [t])
  return (
    <Layout>
      <WhenIdle>
        <Suspense fallback={null}>
          <BackupReminder />
        </Suspense>
      </WhenIdle>
      <RouteErrorBoundary>
        <Suspense fallback={<p>{t.common.loading}</p>}>
          <Switch>
            <Route path="/">
              <HomeRoute />
            </Route>
            <Route path="/jongeren/:id">{(params) => <YouthPage youthId={params.id} />}</Route>
            <Route path="/bespreking" nest>
              <ReviewPage />
            </Route>
            <Route path="/rapportage">
              <ReportPage>
                <ReceivedAgreementsPanel />
              </ReportPage>
            </Route>
            <Route path="/gemeente-overzicht">
              <MunicipalPage />
            </Route>
            <Route path="/importeren">
              <ImportPage />
            </Route>
            <Route path="/instellingen">
              <SettingsPage>
                <SettingsExtras />
              </SettingsPage>
            </Route>
            <Route>
              <PlannedPage title="404" />
            </Route>
          </Switch>
        </Suspense>
      </RouteErrorBoundary>
      {/* Its own boundary: loading a dialog must never hide the page (and its focus) behind it. */}
      <Suspense fallback={null}>
        <DialogHost />
      </Suspense>
      <Notices />
    </Layout>
  )
}
