import type { ReactNode } from 'react'

/**
 * A table as part of the page: it grows with its rows and the page scrolls (no short inner box).
 * A table wider than the screen scrolls sideways inside the box, so the box is a named region
 * the keyboard can reach (WCAG 2.1.1, axe scrollable-region-focusable).
 */
export function TableBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div
      className="import-table-wrap"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  )
}
