import type { IsoDate } from '../../../domain/types'
import { useT } from '../../../i18n'
import { SampleDownloads } from './sample-downloads'
import './loading.css'

interface EmptyProps {
  today: IsoDate
  busy: boolean
  onLoad: () => void
  onSample: () => void
}

/** Before any file: what the Gemeente-overzicht is for, and the two ways to start. */
export function MunicipalEmpty({ today, busy, onLoad, onSample }: EmptyProps) {
  const t = useT()
  const e = t.municipal.empty
  return (
    <section className="empty-state municipal-empty" aria-labelledby="municipal-empty-title">
      <h2 id="municipal-empty-title">{e.title}</h2>
      <p className="municipal-empty__lead">{e.lead}</p>
      <ul className="municipal-empty__points">
        {e.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <div className="empty-state__actions">
        <button type="button" className="button button--primary" onClick={onLoad}>
          {t.municipal.actions.load}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onSample}>
          {t.municipal.actions.sample}
        </button>
      </div>
      <p className="empty-state__note">{e.tryIt}</p>
      <SampleDownloads today={today} />
    </section>
  )
}
