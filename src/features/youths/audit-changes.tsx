import { useState } from 'react'
import { auditFieldChanges, type FieldChange } from '../../domain/audit-changes'
import type { AuditEntry, ReasonCodeDef } from '../../domain/types'
import { formatAssessmentValue, formatYouthValue, useT, type Dictionary } from '../../i18n'
import { useNotices } from '../../stores/notice-store'

/** Longer texts start folded, so a long history stays readable. */
const FOLD_AT = 160

/** Free text a user typed, worth copying back; codes, choices and dates are picked again. */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'note',
  'action',
  'clientRef',
  'displayName',
  'jeugdregio',
  'location',
  'guardianOrg',
  'caseOwner',
])

function label(t: Dictionary, change: FieldChange): string {
  return change.scope === 'assessment'
    ? t.history.assessmentFields[change.field]
    : t.history.fields[change.field]
}

function text(t: Dictionary, reasonCodes: readonly ReasonCodeDef[], change: FieldChange) {
  const format = (value: unknown) =>
    change.scope === 'assessment'
      ? formatAssessmentValue(t, reasonCodes, change.field, value)
      : formatYouthValue(t, change.field, value)
  return { before: format(change.before), after: format(change.after) }
}

/** One value in the history: folded when long, with "toon alles" to read it whole. */
function ChangedValue({ prefix, value, kind }: { prefix: string; value: string; kind: string }) {
  const t = useT()
  const h = t.history
  const [open, setOpen] = useState(false)
  const long = value.length > FOLD_AT
  const shown = long && !open ? `${value.slice(0, FOLD_AT).trimEnd()}…` : value
  return (
    <span className={`audit-change__value audit-change__value--${kind}`}>
      <span className="visually-hidden">{prefix} </span>
      {value ? shown : <em>{h.emptyValue}</em>}
      {long && (
        <button
          type="button"
          className="button button--ghost button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? h.showLess : h.showAll}
        </button>
      )}
    </span>
  )
}

/**
 * What an audit line changed, field by field, old → new — so a text overwritten by mistake can
 * always be found and put back ("kopieer" copies the old one).
 */
export function AuditChanges({
  entry,
  reasonCodes,
}: {
  entry: AuditEntry
  reasonCodes: readonly ReasonCodeDef[]
}) {
  const t = useT()
  const h = t.history
  const show = useNotices((s) => s.show)
  const changes = auditFieldChanges(entry)
  if (changes.length === 0) return null
  return (
    <dl className="audit-changes">
      {changes.map((change) => {
        const name = label(t, change)
        const { before, after } = text(t, reasonCodes, change)
        return (
          <div key={`${change.scope}-${change.field}`} className="audit-change">
            <dt>{name}</dt>
            <dd>
              <ChangedValue prefix={h.oldValue} value={before} kind="before" />
              {before && TEXT_FIELDS.has(change.field) && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={h.copyOld(name)}
                  onClick={() =>
                    void navigator.clipboard.writeText(before).then(
                      () => show({ tone: 'success', message: h.copied(name) }),
                      () => show({ tone: 'error', message: t.common.unknownError }),
                    )
                  }
                >
                  {h.copy}
                </button>
              )}
              <span aria-hidden="true"> → </span>
              <ChangedValue prefix={h.newValue} value={after} kind="after" />
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
