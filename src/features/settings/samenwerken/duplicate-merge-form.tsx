import { useState } from 'react'
import { ChoicesPanel } from '../../../components/conflict-panel/conflict-panel'
import type { DuplicateDetails } from '../../../db/sync/duplicates-repo'
import type { DuplicateSideName } from '../../../domain/sync/merge-youths'
import type { Settings } from '../../../domain/types'
import { useT } from '../../../i18n'
import { syncFieldLabel, syncFieldValue } from '../../../i18n/sync-fields'
import { useSyncText } from './use-sync-text'

interface Props {
  details: DuplicateDetails
  settings: Settings
  busy: boolean
  onMerge: (choices: Record<string, DuplicateSideName>) => void
  onCancel: () => void
}

/**
 * Samenvoegen: per differing field a choice (the ConflictPanel's way: every field chosen before
 * going on), then a confirmation that names what happens; nothing is written before it.
 */
export function DuplicateMergeForm({ details, settings, busy, onMerge, onCancel }: Props) {
  const t = useT()
  const d = useSyncText().duplicates
  const [choices, setChoices] = useState<Record<string, DuplicateSideName> | null>(null)
  const who = (side: 'local' | 'incoming') => details.made[side].created?.actor ?? ''

  if (choices) {
    return (
      <section className="sync-choice" aria-labelledby="sync-merge-confirm">
        <h3 id="sync-merge-confirm">{d.confirmTitle}</h3>
        <p className="sync-warning">
          <span aria-hidden="true">⚠ </span>
          {d.confirmText(details.clientRef)}
        </p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => onMerge(choices)}
          >
            {d.confirm}
          </button>
          <button type="button" className="button" onClick={() => setChoices(null)}>
            {d.back}
          </button>
        </div>
      </section>
    )
  }

  if (details.differing.length === 0) {
    return (
      <div className="sync-choice">
        <p>{d.noDifferences}</p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={() => setChoices({})}>
            {d.next}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {d.cancel}
          </button>
        </div>
      </div>
    )
  }

  const value = (field: string, v: unknown) => syncFieldValue(t, settings.reasonCodes, field, v)
  const fields = details.differing.map((f) => ({
    field: f.field,
    label: syncFieldLabel(t, f.field, settings.preconditions),
    options: [
      {
        choice: 'kept' as const,
        label: d.option(d.here, who('local')),
        value: value(f.field, f.kept),
      },
      {
        choice: 'other' as const,
        label: d.option(d.there, who('incoming')),
        value: value(f.field, f.other),
      },
    ],
  }))
  return (
    <>
      <ChoicesPanel
        title={d.chooseTitle}
        intro=""
        fields={fields}
        saveLabel={d.next}
        onSave={setChoices}
      />
      <button type="button" className="button button--ghost" onClick={onCancel}>
        {d.cancel}
      </button>
    </>
  )
}
