import { useState } from 'react'
import type { MunicipalOverview, SignalEntry } from '../../../domain/municipal'
import { scopesText } from '../../../tables/municipal/municipal-labels'
import type { MunicipalTables } from '../../../tables/municipal/municipal-tables'
import { useT } from '../../../i18n'
import {
  AgreementFormDialog,
  type AgreementProvider,
} from '../agreements/municipal-agreements-form'
import { useAgreementCodes } from '../agreements/use-agreement-codes'
import './signals.css'

/** What Afspraak maken needs; absent when printing (no buttons on paper). */
export interface SignalAgreements {
  providers: readonly AgreementProvider[]
}

/**
 * Signalen: every provider's own words to the gemeente for this ronde, in one list. The same
 * signaal from two files of one provider is one item naming both areas. **Afspraak maken**
 * opens the afspraak form with the provider, the knelpunt the text names and the text itself.
 */
export function SignalsTab({
  overview,
  tables,
  agreements,
}: {
  overview: MunicipalOverview
  tables: MunicipalTables
  agreements?: SignalAgreements
}) {
  const t = useT()
  const s = t.municipal.signals
  const codes = useAgreementCodes(overview)
  const [from, setFrom] = useState<SignalEntry | null>(null)
  const rondeDate = overview.ronde?.date
  return (
    <section className="municipal-signals" aria-labelledby="municipal-signals-title">
      <h2 id="municipal-signals-title" className="report-section__title">
        {tables.signals.title}
      </h2>
      {overview.signals.length === 0 ? (
        <p className="report-lead">{s.empty}</p>
      ) : (
        <ul className="municipal-signals__list">
          {overview.signals.map((entry, i) => (
            <li key={`${entry.providerKey}-${i}`} className="municipal-signal">
              <h3 className="municipal-signal__from">
                {s.from(entry.providerName, entry.peildatum, scopesText(entry.scopes, t))}
              </h3>
              <p className="municipal-signal__text">{entry.text}</p>
              {(entry.reasonCode || agreements) && (
                <div className="municipal-signal__foot">
                  {entry.reasonCode && (
                    <span className="municipal-signal__code">{s.reasonCode(entry.reasonCode)}</span>
                  )}
                  {agreements && rondeDate && (
                    <button
                      type="button"
                      className="button button--small municipal-signal__make"
                      aria-label={s.makeAgreementLabel(entry.providerName)}
                      onClick={() => setFrom(entry)}
                    >
                      {s.makeAgreement}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {from && agreements && rondeDate && (
        <AgreementFormDialog
          editing={null}
          rondeDate={rondeDate}
          providers={agreements.providers}
          codes={codes}
          initial={{
            providerKey: from.providerKey,
            reasonCode: from.reasonCode ?? '',
            text: from.text,
          }}
          onClose={() => setFrom(null)}
        />
      )}
    </section>
  )
}
