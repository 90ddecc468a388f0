import { useState, type ReactNode } from 'react'
import { Link } from 'wouter'
import { todayIso } from '../../domain/dates'
import { useStorageFullMark } from '../../hooks/use-board-data'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'
import { useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { StorageFullNote } from './storage-full-note'

/** The generator loads on demand: most visits never need it. */
const sampleData = () => import('../../db/sample-data-repo')

/**
 * The first thing a newcomer sees: what to do next, in one click. Two starts: a provider adds
 * youths (or loads sample data); an account manager of a gemeente goes to the Gemeente-overzicht.
 */
export function EmptyBoard({ extra }: { extra?: ReactNode } = {}) {
  const t = useT()
  const actor = useActor()
  const openDialog = useDialogs((s) => s.open)
  const show = useNotices((s) => s.show)
  const [busy, setBusy] = useState(false)
  const storageMessage = useStorageErrorMessage()
  const storageFull = useStorageFullMark() !== null

  async function loadSample() {
    setBusy(true)
    try {
      const { loadSampleData } = await sampleData()
      const count = await loadSampleData(todayIso(), actor)
      show({ tone: 'success', message: t.board.sampleLoaded(count) })
    } catch (error) {
      const notEmpty = await sampleData().then(
        (m) => error instanceof m.NotEmptyError,
        () => false,
      )
      show({
        tone: 'error',
        message: notEmpty
          ? t.board.sampleNotEmpty
          : (storageMessage(error) ?? t.common.unknownError),
      })
    } finally {
      setBusy(false)
    }
  }

  if (storageFull) return <StorageFullNote />
  return (
    <section className="empty-state" aria-labelledby="empty-board-title">
      <h2 id="empty-board-title">{t.board.emptyTitle}</h2>
      <p>{t.board.emptyText}</p>
      <div className="empty-state__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => openDialog({ kind: 'youth', youthId: null })}
        >
          {t.board.addYouth}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void loadSample()}>
          {t.board.loadSample}
        </button>
      </div>
      <p className="empty-state__note">{t.board.emptyPrivacy}</p>
      {/* The second start: an account manager of a gemeente has no youths of their own. */}
      <div className="empty-state__second">
        <p id="empty-board-municipal">{t.board.toMunicipalText}</p>
        <Link
          href="/gemeente-overzicht"
          className="button"
          aria-describedby="empty-board-municipal"
        >
          {t.board.toMunicipal}
        </Link>
        {extra}
      </div>
    </section>
  )
}
