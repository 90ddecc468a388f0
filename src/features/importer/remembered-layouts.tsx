import { useLiveQuery } from 'dexie-react-hooks'
import { forgetLayout, listRememberedLayouts } from '../../db/import-layouts-repo'
import { formatMomentDate } from '../../domain/moments'
import { useT } from '../../i18n'

const TITLES_SHOWN = 5

/** The column layouts the import remembers, each with a button to forget it. */
export function RememberedLayouts() {
  const m = useT().importer
  const layouts = useLiveQuery(listRememberedLayouts, [])
  if (!layouts || layouts.length === 0) return null
  return (
    <section aria-labelledby="import-layouts" className="import-layouts">
      <h3 id="import-layouts">{m.layoutsTitle}</h3>
      <p>{m.layoutsIntro}</p>
      <ul>
        {layouts.map((l) => {
          const titles =
            l.titles.slice(0, TITLES_SHOWN).join(' · ') +
            (l.titles.length > TITLES_SHOWN ? ' …' : '')
          return (
            <li key={l.layout}>
              <span>{m.layoutSaved(titles, formatMomentDate(l.savedAt))}</span>{' '}
              <button
                type="button"
                className="button button--small"
                aria-label={m.forgetLayout(titles)}
                onClick={() => void forgetLayout(l.layout)}
              >
                {m.forget}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
