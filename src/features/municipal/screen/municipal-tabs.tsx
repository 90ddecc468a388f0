import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useT } from '../../../i18n'
import { MUNICIPAL_TABS, type MunicipalTab } from './municipal-view-store'

export const tabId = (tab: MunicipalTab) => `municipal-tab-${tab}`
export const panelId = (tab: MunicipalTab) => `municipal-panel-${tab}`

/**
 * The six sections as a tab list (WAI-ARIA tabs, automatic activation): arrow keys move and
 * open, Home and End go to the first and last. One section at a time fits a projector.
 */
export function MunicipalTabs({
  tab,
  onTab,
  hidden = false,
  children,
}: {
  tab: MunicipalTab
  onTab: (tab: MunicipalTab) => void
  /** While Afdrukken shows what goes on paper, the tabs step aside (and keep their state). */
  hidden?: boolean
  children: ReactNode
}) {
  const t = useT()
  const buttons = useRef(new Map<MunicipalTab, HTMLButtonElement>())

  function move(event: KeyboardEvent, index: number) {
    const last = MUNICIPAL_TABS.length - 1
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (target === null) return
    event.preventDefault()
    const next = MUNICIPAL_TABS[target] as MunicipalTab
    onTab(next)
    buttons.current.get(next)?.focus()
  }

  return (
    <div hidden={hidden} className="municipal-tabs-box">
      <div role="tablist" aria-label={t.municipal.sections} className="municipal-tabs">
        {MUNICIPAL_TABS.map((name, index) => (
          <button
            key={name}
            ref={(el) => {
              if (el) buttons.current.set(name, el)
              else buttons.current.delete(name)
            }}
            type="button"
            role="tab"
            id={tabId(name)}
            aria-selected={name === tab}
            aria-controls={panelId(name)}
            tabIndex={name === tab ? 0 : -1}
            className="municipal-tabs__tab"
            onClick={() => onTab(name)}
            onKeyDown={(event) => move(event, index)}
          >
            {t.municipal.tabs[name]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        // The panel takes focus once, so a keyboard user reaches its content right after the tabs.
        tabIndex={0}
        className="municipal-panel"
      >
        {children}
      </div>
    </div>
  )
}
