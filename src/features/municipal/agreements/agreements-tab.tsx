import { useId, useMemo, useState } from 'react'
import type { Agreement, MunicipalOverview, RondeAgreement } from '../../../domain/municipal'
import type { AgreementIssuer } from '../../../domain/agreements/agreements-schema'
import type { IsoDate } from '../../../domain/types'
import { useT } from '../../../i18n'
import { AgreementFormDialog, type AgreementProvider } from './municipal-agreements-form'
import { AgreementItem } from './municipal-agreements-item'
import { SendAgreementsDialog } from './send-agreements-dialog'
import { AgreementProgressNote } from './agreement-progress-note'
import { progressInRonde } from '../../../domain/municipal/agreement-progress'
import { useAgreementCodes } from './use-agreement-codes'
import './municipal-agreements.css'

interface AgreementsTabProps {
  overview: MunicipalOverview
  /** Every stored afspraak (live): the newest version of each. */
  agreements: readonly Agreement[]
  rondeDate: IsoDate
  providers: readonly AgreementProvider[]
  /** Who sends the afspraken (the eigen gemeente or jeugdregio), null when not set. */
  issuer: AgreementIssuer | null
  providerIds: ReadonlyMap<string, string>
}

interface ProviderGroup {
  providerKey: string
  providerName: string
  entries: RondeAgreement[]
}

const byName = new Intl.Collator('nl', { numeric: true })

/** The ronde's afspraken per provider, providers by name; within one the overview's order. */
function groupByProvider(entries: readonly RondeAgreement[]): ProviderGroup[] {
  const groups = new Map<string, ProviderGroup>()
  for (const entry of entries) {
    const { providerKey, providerName } = entry.agreement
    let group = groups.get(providerKey)
    if (!group) {
      group = { providerKey, providerName, entries: [] }
      groups.set(providerKey, group)
    }
    group.entries.push(entry)
  }
  return [...groups.values()].sort((a, b) => byName.compare(a.providerName, b.providerName))
}

type FormState =
  { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; agreement: Agreement } | { kind: 'send' }

/**
 * Afspraken: what was agreed with each provider, visible in this ronde (made here, or made
 * earlier and still open then, or closed here). Add, edit, afronden and heropenen.
 */
export function AgreementsTab(props: AgreementsTabProps) {
  const { overview, agreements, rondeDate, providers, issuer, providerIds } = props
  const t = useT()
  const a = t.municipalLists.agreements
  const headingId = useId()
  const [form, setForm] = useState<FormState>({ kind: 'closed' })
  const groups = useMemo(() => groupByProvider(overview.agreements), [overview.agreements])
  const latest = useMemo(() => new Map(agreements.map((x) => [x.id, x])), [agreements])
  const codes = useAgreementCodes(overview)

  return (
    <div className="municipal-agreements">
      <div className="municipal-agreements__bar">
        <p className="page__intro">{a.intro}</p>
        <div className="municipal-agreements__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => setForm({ kind: 'add' })}
          >
            {a.add}
          </button>
          <button type="button" className="button" onClick={() => setForm({ kind: 'send' })}>
            {t.agreements.send}
          </button>
        </div>
      </div>
      {groups.length === 0 ? (
        <div className="empty-state">
          <p>{a.empty}</p>
          <p className="empty-note">{a.emptyHint}</p>
        </div>
      ) : (
        groups.map((group, i) => {
          const open = group.entries.filter((e) => e.agreement.status === 'open').length
          const id = `${headingId}-${i}`
          return (
            <section
              key={group.providerKey}
              className="card municipal-agreements__group"
              aria-labelledby={id}
            >
              <h2 id={id} className="municipal-agreements__provider">
                {group.providerName}{' '}
                <span className="municipal-agreements__count">
                  ({a.groupCount(open, group.entries.length - open)})
                </span>
              </h2>
              <ul
                className="municipal-agreements__list"
                aria-label={a.listLabel(group.providerName)}
              >
                {group.entries.map((entry) => (
                  <AgreementItem
                    key={entry.agreement.id}
                    entry={entry}
                    latest={latest.get(entry.agreement.id)}
                    rondeDate={rondeDate}
                    onEdit={(agreement) => setForm({ kind: 'edit', agreement })}
                    progress={
                      <AgreementProgressNote
                        view={progressInRonde(entry.agreement, overview.providers)}
                      />
                    }
                  />
                ))}
              </ul>
            </section>
          )
        })
      )}
      {form.kind === 'send' && (
        <SendAgreementsDialog
          agreements={agreements}
          rondeDate={rondeDate}
          issuer={issuer}
          providerIds={providerIds}
          onClose={() => setForm({ kind: 'closed' })}
        />
      )}
      {(form.kind === 'add' || form.kind === 'edit') && (
        <AgreementFormDialog
          editing={form.kind === 'edit' ? form.agreement : null}
          rondeDate={rondeDate}
          providers={providers}
          codes={codes}
          onClose={() => setForm({ kind: 'closed' })}
        />
      )}
    </div>
  )
}
