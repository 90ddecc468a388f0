import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Dialog } from '../../../components/dialog'
import {
  readDuplicate,
  resolveDuplicate,
  StaleDuplicateError,
  type DuplicateChoice,
} from '../../../db/sync/duplicates-repo'
import { MissingRecordError } from '../../../db/record-change'
import { MissingChoiceError } from '../../../domain/sync/merge-youths'
import { ValidationError, type ValidationCode } from '../../../domain/validation'
import { versionOf } from '../../../domain/versions/record-version'
import { useSettings } from '../../../hooks/use-settings'
import { useNotices } from '../../../stores/notice-store'
import { useActor } from '../../../stores/preferences-store'
import { DuplicateCompare } from './duplicate-compare'
import { DuplicateMergeForm } from './duplicate-merge-form'
import { DuplicateRenumberForm } from './duplicate-renumber-form'
import { useSyncText } from './use-sync-text'

export type DuplicateMode = 'merge' | 'renumber'

interface Props {
  docId: string
  clientRef: string
  mode: DuplicateMode
  onClose: () => void
}

/**
 * A cliëntnummer created on two laptops (docs/sync-design.md §6): both youths side by side,
 * then either Samenvoegen tot één jongere or Nummer wijzigen. The decision replicates; a
 * refusal or a youth changed meanwhile is said here and changes nothing.
 */
export function DuplicateDialog({ docId, clientRef, mode, onClose }: Props) {
  const d = useSyncText().duplicates
  const actor = useActor()
  const show = useNotices((n) => n.show)
  const details = useLiveQuery(() => readDuplicate(docId), [docId])
  const settings = useSettings()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [refused, setRefused] = useState<ValidationCode | null>(null)

  async function decide(choice: DuplicateChoice, done: string) {
    setBusy(true)
    setProblem(null)
    setRefused(null)
    try {
      await resolveDuplicate(docId, choice, actor)
      show({ tone: 'success', message: done })
      onClose()
    } catch (error) {
      setBusy(false)
      if (error instanceof ValidationError && error.fields.clientRef) {
        setRefused(error.fields.clientRef)
      } else if (error instanceof StaleDuplicateError || error instanceof MissingChoiceError) {
        setProblem(d.stale)
      } else if (error instanceof MissingRecordError) setProblem(d.gone)
      else setProblem(d.failed)
    }
  }

  const title = mode === 'merge' ? d.mergeTitle(clientRef) : d.renumberTitle(clientRef)
  const intro = mode === 'merge' ? d.mergeIntro : d.renumberIntro
  return (
    <Dialog title={title} description={intro} onClose={onClose} size="wide">
      {problem && (
        <p className="sync-error" role="alert">
          {problem}
        </p>
      )}
      {details === null && <p role="status">{d.gone}</p>}
      {details && settings && (
        <>
          <DuplicateCompare details={details} settings={settings} />
          {mode === 'merge' ? (
            <DuplicateMergeForm
              key={`${versionOf(details.local)}:${versionOf(details.incoming)}`}
              details={details}
              settings={settings}
              busy={busy}
              onCancel={onClose}
              onMerge={(choices) =>
                void decide(
                  {
                    kind: 'merge',
                    choices,
                    seen: {
                      local: versionOf(details.local),
                      incoming: versionOf(details.incoming),
                    },
                  },
                  d.merged(clientRef),
                )
              }
            />
          ) : (
            <DuplicateRenumberForm
              details={details}
              busy={busy}
              error={refused}
              onCancel={onClose}
              onRenumber={(which, ref) =>
                void decide({ kind: 'renumber', which, clientRef: ref }, d.renumbered(ref))
              }
            />
          )}
        </>
      )}
    </Dialog>
  )
}
