import type { StorageErrorKind } from '../../db/storage'
import { useBoardRetry } from '../../hooks/use-board-data'
import { useT } from '../../i18n'

/** A read failed: say so, above whatever the board still shows, and offer to read again. */
export function BoardReadError({ kind, kept }: { kind: StorageErrorKind; kept: boolean }) {
  const t = useT()
  const retry = useBoardRetry()
  return (
    <div className="error-summary board-read-error" role="alert">
      <p className="error-summary__title">{t.board.readError.title}</p>
      <p>{kind === 'other' ? t.board.readError.other : t.security.errors[kind]}</p>
      {kept && <p>{t.board.readError.kept}</p>}
      <button type="button" className="button" onClick={() => void retry()}>
        {t.board.readError.retry}
      </button>
    </div>
  )
}
