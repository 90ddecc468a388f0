import { useState } from 'react'
import { downloadFile } from '../../../components/download'
import type { ExchangeFile } from '../../../domain/exchange/exchange-schema-v2'
import { sampleFileSet } from '../../../db/municipal-samples'
import { rondeOnOrAfter } from '../../../domain/municipal'
import type { IsoDate } from '../../../domain/types'
import { reportDownloadName } from '../../../i18n/file-names'
import { useT } from '../../../i18n'

interface SampleGroup {
  ronde: IsoDate
  files: { fileName: string; file: ExchangeFile }[]
}

/** The sample files that Voorbeeldbestanden laden stores, grouped by ronde, newest first. */
async function sampleGroups(today: IsoDate): Promise<SampleGroup[]> {
  const { rhythm, files } = await sampleFileSet(today, new Date().toISOString())
  const groups = new Map<IsoDate, SampleGroup>()
  for (const sample of files) {
    const ronde = rondeOnOrAfter(sample.file.period.peildatum, rhythm)
    const group = groups.get(ronde) ?? { ronde, files: [] }
    group.files.push(sample)
    groups.set(ronde, group)
  }
  return [...groups.values()].sort((a, b) => (a.ronde < b.ronde ? 1 : -1))
}

/**
 * "Voorbeeldbestanden downloaden": the same fictitious files one by one, to try loading by
 * hand. Made on demand when the list is opened (no zip: that would need another library).
 */
export function SampleDownloads({ today }: { today: IsoDate }) {
  const t = useT()
  const s = t.municipal.sample
  const [groups, setGroups] = useState<SampleGroup[] | null>(null)
  // Named in the user's language, as the Rapportage screen names an uitwisselbestand.
  const nameOf = (file: ExchangeFile) =>
    reportDownloadName(
      t,
      {
        prefix: t.report.exchangePrefix,
        provider: file.provider.name,
        scope: file.scope,
        peildatum: file.period.peildatum,
      },
      'json',
    )

  async function download(file: ExchangeFile, fileName: string) {
    const { serialiseExchangeFile } = await import('../../../export/exchange')
    downloadFile(serialiseExchangeFile(file), fileName, 'application/json')
  }

  return (
    <details
      className="sample-downloads"
      onToggle={(event) => {
        if (event.currentTarget.open && !groups) {
          void sampleGroups(today).then(setGroups)
        }
      }}
    >
      <summary className="sample-downloads__summary">{s.downloadTitle}</summary>
      <p>{s.downloadIntro}</p>
      {!groups ? (
        <p role="status">{t.common.loading}</p>
      ) : (
        groups.map((group) => (
          <section key={group.ronde} aria-labelledby={`sample-ronde-${group.ronde}`}>
            <h3 id={`sample-ronde-${group.ronde}`} className="sample-downloads__ronde">
              {s.downloadRonde(group.ronde)}
            </h3>
            <ul className="sample-downloads__list">
              {group.files.map(({ fileName: key, file }) => {
                const fileName = nameOf(file)
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className="button button--small button--ghost sample-downloads__file"
                      aria-label={s.downloadFile(fileName)}
                      onClick={() => void download(file, fileName)}
                    >
                      {fileName}
                    </button>
                  </li>
                )
              })}
            </ul>
          </section>
        ))
      )}
    </details>
  )
}
