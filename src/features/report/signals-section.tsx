import { useState } from 'react'
import { TextAreaField } from '../../components/field'
import { REPORT_NOTE_MAX_LENGTH, saveReportNote } from '../../db/report-repo'
import type { ReportScope } from '../../domain/report/scope'
import type { IsoDate } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { ReportSection } from '../../components/report/report-section'

interface SignalsProps {
  periodEnd: IsoDate
  scope: ReportScope
  /** The stored text for this period and scope. */
  stored: string
}

/**
 * Signalen: the provider's own words for this period and scope. Remount it (key) per period
 * and scope, so a draft never travels to another report.
 */
export function SignalsSection({ periodEnd, scope, stored }: SignalsProps) {
  const t = useT()
  const r = t.report
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const [draft, setDraft] = useState(stored)
  const [base, setBase] = useState(stored)
  const [error, setError] = useState<string | undefined>()
  const [saving, setSaving] = useState(false)
  // The stored note changed (saved here or in another tab): follow it unless the user is typing.
  if (stored !== base) {
    setBase(stored)
    if (draft === base) setDraft(stored)
  }

  async function save() {
    if (draft.length > REPORT_NOTE_MAX_LENGTH) {
      setError(r.signalsTooLong)
      return
    }
    setSaving(true)
    try {
      await saveReportNote(periodEnd, scope, draft, actor)
      setError(undefined)
      show({ tone: 'success', message: r.signalsSaved })
    } catch (e) {
      setError(e instanceof ValidationError ? r.signalsTooLong : t.common.unknownError)
    } finally {
      setSaving(false)
    }
  }

  return (
    <ReportSection id="signalen" number={6} title={r.sections.signals}>
      <form
        className="report-signals__editor"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <TextAreaField
          label={r.signalsLabel}
          hint={r.signalsHint}
          value={draft}
          onChange={setDraft}
          rows={5}
          error={error}
        />
        <button type="submit" className="button" disabled={saving || draft === base}>
          {r.signalsSave}
        </button>
      </form>
      <div className="report-signals__print">{stored || r.signalsEmpty}</div>
    </ReportSection>
  )
}
