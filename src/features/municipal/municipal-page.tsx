import { useState } from 'react'
import { loadSampleExchangeFiles, SampleFilesNotAllowedError } from '../../db/municipal-repo'
import type { Agreement, StoredExchangeFile } from '../../domain/municipal'
import type { IsoDate, Settings } from '../../domain/types'
import { useSettings } from '../../hooks/use-settings'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { LoadDialog } from './loading/load-dialog'
import { MunicipalEmpty } from './loading/municipal-empty'
import { MunicipalScreen } from './screen/municipal-screen'
import { useMunicipalData } from './screen/use-municipal-overview'
import './municipal.css'

/** Gemeente-overzicht: the providers' uitwisselbestanden combined per ronde. */
export function MunicipalPage() {
  const t = useT()
  const settings = useSettings()
  const { files, agreements } = useMunicipalData()
  const today = useToday()
  return (
    <div className="page page--municipal">
      <div className="page__header municipal-page-header">
        <div>
          <h1 className="page__title">{t.municipal.title}</h1>
          <p className="page__intro">{t.municipal.intro}</p>
        </div>
      </div>
      {settings && files && agreements ? (
        <MunicipalStart settings={settings} files={files} agreements={agreements} today={today} />
      ) : (
        <p role="status">{t.common.loading}</p>
      )}
    </div>
  )
}

interface StartProps {
  settings: Settings
  files: StoredExchangeFile[]
  agreements: Agreement[]
  today: IsoDate
}

/** The empty start or the overview, with the load dialog over either. */
function MunicipalStart({ settings, files, agreements, today }: StartProps) {
  const t = useT()
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const [loadOpen, setLoadOpen] = useState(false)
  const [sampleBusy, setSampleBusy] = useState(false)

  async function loadSamples() {
    setSampleBusy(true)
    try {
      const count = await loadSampleExchangeFiles(today, actor)
      show({ tone: 'success', message: t.municipal.sample.loaded(count) })
    } catch (error) {
      show({
        tone: 'error',
        message:
          error instanceof SampleFilesNotAllowedError
            ? t.municipal.sample.refused
            : t.municipal.sample.failed,
      })
    } finally {
      setSampleBusy(false)
    }
  }

  return (
    <>
      {files.length === 0 ? (
        <MunicipalEmpty
          today={today}
          busy={sampleBusy}
          onLoad={() => setLoadOpen(true)}
          onSample={() => void loadSamples()}
        />
      ) : (
        <MunicipalScreen
          settings={settings}
          files={files}
          agreements={agreements}
          today={today}
          onLoad={() => setLoadOpen(true)}
        />
      )}
      {loadOpen && <LoadDialog today={today} onClose={() => setLoadOpen(false)} />}
    </>
  )
}
