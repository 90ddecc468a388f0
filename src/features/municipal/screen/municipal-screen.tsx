import { issuerOf, providerIdsOf } from '../../../domain/agreements/build-agreements-file'
import { useCallback, useMemo, useState } from 'react'
import {
  parseSelectionKey,
  rondeDates,
  selectionChoices,
  scopeKey,
  type Agreement,
  type Selection,
  type StoredExchangeFile,
} from '../../../domain/municipal'
import type { IsoDate, Settings } from '../../../domain/types'
import { selectionName } from '../../../tables/municipal/municipal-labels'
import { municipalTables } from '../../../tables/municipal/municipal-tables'
import { useT } from '../../../i18n'
import { AgreementsTab } from '../agreements/agreements-tab'
import { MunicipalActions } from './municipal-actions'
import { MunicipalControls } from './municipal-controls'
import { MunicipalPrintDialog, MunicipalPrintView } from './municipal-print'
import { MunicipalTabs } from './municipal-tabs'
import { knownTab, useMunicipalView, type MunicipalTab } from './municipal-view-store'
import { OverviewTab } from '../overview/overview-tab'
import { ProvidersTab } from '../providers/providers-tab'
import { SignalsTab } from '../signals/signals-tab'
import { TrendTab } from '../trend/trend-tab'
import { useMunicipalExport } from './use-municipal-export'
import { useMunicipalOverview } from './use-municipal-overview'
import { YouthsTab } from '../youths/youths-tab'
import './municipal-screen.css'

interface ScreenProps {
  settings: Settings
  files: StoredExchangeFile[]
  agreements: Agreement[]
  today: IsoDate
  onLoad: () => void
}

/** The chosen selection when it still makes sense, else the own choice from Instellingen. */
function useSelection(files: readonly StoredExchangeFile[], own: Selection) {
  const { selectionKey, setSelectionKey } = useMunicipalView()
  const choices = useMemo(() => selectionChoices(files), [files])
  const stored = selectionKey === null ? null : parseSelectionKey(selectionKey)
  const valid =
    stored !== null &&
    (stored.kind === 'all' ||
      scopeKey(stored) === scopeKey(own) ||
      (stored.kind === 'gemeente' && choices.municipalities.some((m) => m.code === stored.code)) ||
      (stored.kind === 'regio' && choices.regions.includes(stored.name)))
  return { selection: valid ? stored : own, choices, setSelectionKey }
}

/** Ronde and selection pickers, the actions and the six sections of one ronde. */
export function MunicipalScreen({ settings, files, agreements, today, onLoad }: ScreenProps) {
  const t = useT()
  const m = t.municipal
  const own = settings.municipal.municipalScope
  const { selection, choices, setSelectionKey } = useSelection(files, own)
  const rondes = useMemo(
    () =>
      rondeDates(
        files.map((f) => f.peildatum),
        settings.municipal,
      ),
    [files, settings.municipal],
  )
  const [chosenRonde, setChosenRonde] = useState<IsoDate | null>(null)
  const rondeDate = chosenRonde !== null && rondes.includes(chosenRonde) ? chosenRonde : null
  const overview = useMunicipalOverview({
    files,
    agreements,
    settings: settings.municipal,
    rondeDate,
    selection,
    today,
  })
  const tables = useMemo(() => municipalTables(overview, t), [overview, t])
  const { tab: storedTab, setTab } = useMunicipalView()
  const tab = knownTab(storedTab)
  const exporter = useMunicipalExport()
  const [printDialog, setPrintDialog] = useState(false)
  const [printing, setPrinting] = useState<MunicipalTab[] | null>(null)
  const donePrinting = useCallback(() => setPrinting(null), [])
  const ronde = overview.ronde
  const providers = useMemo(
    () => [
      ...overview.perProvider.map((p) => ({
        providerKey: p.providerKey,
        providerName: p.providerName,
      })),
      ...overview.missing.map((p) => ({
        providerKey: p.providerKey,
        providerName: p.providerName,
      })),
    ],
    [overview],
  )

  const providerIds = useMemo(() => providerIdsOf(files), [files])

  return (
    <>
      {ronde && (
        <MunicipalControls
          rondes={overview.rondes}
          rondeDate={ronde.date}
          today={today}
          onRonde={setChosenRonde}
          selection={selection}
          ownSelection={own}
          choices={choices}
          onSelection={setSelectionKey}
        />
      )}
      {ronde && (
        <div className="municipal-ronde">
          <p className="municipal-print-heading">
            {m.printHeading(selectionName(selection, t), ronde.date)} — {m.tabs[tab]}
          </p>
          <p className="municipal-ronde__line">
            <strong>{m.rondeHeading(selectionName(selection, t), ronde.date)}</strong>
            <span className="municipal-ronde__separator"> · </span>
            <span className="municipal-ronde__window">
              {m.windowLine(ronde.windowStart, ronde.date)}
              {' · '}
              {m.providersLine(overview.providers.length, overview.missing.length)}
            </span>
          </p>
          {ronde.provisional && (
            <p className="notice-inline municipal-ronde__provisional">
              <strong>{m.provisional}.</strong> {m.provisionalNote}
            </p>
          )}
        </div>
      )}
      <MunicipalActions
        disabled={!ronde}
        busy={exporter.busy}
        result={exporter.result}
        onLoad={onLoad}
        onPrint={() => setPrintDialog(true)}
        onExport={(kind) => void exporter.run(kind, overview, tables)}
      />
      {printDialog && (
        <MunicipalPrintDialog
          onClose={() => setPrintDialog(false)}
          onPrint={(sections) => {
            setPrintDialog(false)
            setPrinting(sections)
          }}
        />
      )}
      {printing && (
        <MunicipalPrintView
          overview={overview}
          tables={tables}
          sections={printing}
          onDone={donePrinting}
        />
      )}
      <MunicipalTabs tab={tab} onTab={setTab} hidden={printing !== null}>
        {overview.providers.length === 0 && tab !== 'agreements' && tab !== 'trend' && (
          <p className="notice-inline">{m.noProviders}</p>
        )}
        {tab === 'overview' && <OverviewTab overview={overview} tables={tables} />}
        {tab === 'providers' && <ProvidersTab overview={overview} tables={tables} files={files} />}
        {tab === 'youths' && <YouthsTab overview={overview} />}
        {tab === 'trend' && <TrendTab overview={overview} />}
        {tab === 'signals' && (
          <SignalsTab overview={overview} tables={tables} agreements={{ providers }} />
        )}
        {tab === 'agreements' && ronde && (
          <AgreementsTab
            overview={overview}
            agreements={agreements}
            rondeDate={ronde.date}
            providers={providers}
            issuer={issuerOf(own)}
            providerIds={providerIds}
          />
        )}
      </MunicipalTabs>
    </>
  )
}
