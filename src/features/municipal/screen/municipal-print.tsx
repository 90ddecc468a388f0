import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react'
import { Dialog } from '../../../components/dialog'
import { ReportTable } from '../../../components/report/report-table'
import type { MunicipalOverview } from '../../../domain/municipal'
import { useT } from '../../../i18n'
import { agreementTable } from '../../../tables/municipal/agreement-table'
import { selectionName } from '../../../tables/municipal/municipal-labels'
import type { MunicipalTables } from '../../../tables/municipal/municipal-tables'
import { OverviewTab } from '../overview/overview-tab'
import { SignalsTab } from '../signals/signals-tab'
import { TrendTab } from '../trend/trend-tab'
import { YouthsPrint } from '../youths/youths-print'
import { MUNICIPAL_TABS, type MunicipalTab } from './municipal-view-store'
import './municipal-print.css'

/** Afdrukken: which sections go on paper (all, in the tabs' order, unless the user unticks). */
export function MunicipalPrintDialog({
  onPrint,
  onClose,
}: {
  onPrint: (sections: MunicipalTab[]) => void
  onClose: () => void
}) {
  const t = useT()
  const p = t.municipalView.print
  const [chosen, setChosen] = useState<ReadonlySet<MunicipalTab>>(new Set(MUNICIPAL_TABS))
  const [error, setError] = useState(false)
  const errorId = useId()

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (chosen.size === 0) return setError(true)
    onPrint(MUNICIPAL_TABS.filter((tab) => chosen.has(tab)))
  }

  function toggle(tab: MunicipalTab, on: boolean) {
    setError(false)
    setChosen((s) => {
      const next = new Set(s)
      if (on) next.add(tab)
      else next.delete(tab)
      return next
    })
  }

  return (
    <Dialog title={p.title} description={p.intro} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset
          className="municipal-print-dialog__sections"
          aria-describedby={error ? errorId : undefined}
        >
          <legend>{p.sections}</legend>
          {MUNICIPAL_TABS.map((tab) => (
            <label key={tab} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(tab)}
                onChange={(event) => toggle(tab, event.target.checked)}
              />
              <span>{t.municipal.tabs[tab]}</span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p id={errorId} className="field__error" role="alert">
            {p.none}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {p.cancel}
          </button>
          <button type="submit" className="button button--primary">
            {p.submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function Section({
  tab,
  overview,
  tables,
}: {
  tab: MunicipalTab
  overview: MunicipalOverview
  tables: MunicipalTables
}) {
  const t = useT()
  switch (tab) {
    case 'overview':
      return <OverviewTab overview={overview} tables={tables} />
    case 'providers':
      return <ReportTable table={tables.perProvider} />
    case 'youths':
      return overview.youths.length === 0 ? (
        <p className="report-lead">{t.municipalLists.youths.emptyTitle}</p>
      ) : (
        <YouthsPrint overview={overview} />
      )
    case 'trend':
      return <TrendTab overview={overview} />
    case 'signals':
      return <SignalsTab overview={overview} tables={tables} />
    case 'agreements':
      return <ReportTable table={agreementTable(overview.agreements, t)} />
  }
}

/**
 * What Afdrukken puts on paper: the chosen sections one after the other, each from a new page,
 * with the tables the screen and Excel show (Per aanbieder and Afspraken as their numbered
 * tables, without the buttons). It stands in for the tabs until the browser's print is closed.
 */
export function MunicipalPrintView({
  overview,
  tables,
  sections,
  onDone,
}: {
  overview: MunicipalOverview
  tables: MunicipalTables
  sections: readonly MunicipalTab[]
  onDone: () => void
}) {
  const t = useT()
  const m = t.municipal
  const ronde = overview.ronde
  const baseId = useId()
  // Once per Afdrukken, also when React runs the effect twice (development).
  const asked = useRef(false)
  useEffect(() => {
    window.addEventListener('afterprint', onDone)
    if (!asked.current) {
      asked.current = true
      window.print()
    }
    return () => window.removeEventListener('afterprint', onDone)
  }, [onDone])
  return (
    <div className="municipal-print">
      <div className="municipal-print__bar">
        <p role="status">{t.municipalView.print.printed}</p>
        <button type="button" className="button" onClick={onDone}>
          {t.municipalView.print.back}
        </button>
      </div>
      {ronde && (
        <div className="municipal-print__heading">
          <p className="municipal-print__heading-title">
            {m.printHeading(selectionName(overview.selection, t), ronde.date)}
          </p>
          <p>
            {m.windowLine(ronde.windowStart, ronde.date)}
            {' · '}
            {m.providersLine(overview.providers.length, overview.missing.length)}
          </p>
          {ronde.provisional && (
            <p>
              <strong>{m.provisional}.</strong> {m.provisionalNote}
            </p>
          )}
        </div>
      )}
      {sections.map((tab) => (
        <section
          key={tab}
          className="municipal-print__section"
          aria-labelledby={`${baseId}-${tab}`}
        >
          <h2 id={`${baseId}-${tab}`} className="municipal-print__title">
            {t.municipal.tabs[tab]}
          </h2>
          <Section tab={tab} overview={overview} tables={tables} />
        </section>
      ))}
    </div>
  )
}
