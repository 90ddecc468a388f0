import { Link } from 'wouter'
import type { ImportResult } from '../../db/import-repo'
import { useT } from '../../i18n'

interface DoneStepProps {
  result: ImportResult
  skipped: number
  remembered: boolean
  onAgain: () => void
}

/** What was stored, and whether the column mapping was remembered for next time. */
export function DoneStep({ result, skipped, remembered, onAgain }: DoneStepProps) {
  const m = useT().importer
  return (
    <div className="import-step">
      <div role="status">
        <p>{m.done(result.added, result.updated)}</p>
        {skipped > 0 && <p>{m.doneSkipped(skipped)}</p>}
        {remembered && <p>{m.rememberedDone}</p>}
      </div>
      <div className="form__actions">
        <Link href="/" className="button button--primary">
          {m.toBoard}
        </Link>
        <button type="button" className="button" onClick={onAgain}>
          {m.again}
        </button>
      </div>
    </div>
  )
}
