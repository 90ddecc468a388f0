/**
 * In-page measurements on the real board, driven through its DOM like a user would.
 * Every function here is passed to `page.evaluate`, so it must be self-contained.
 */

/** Time from `action` until `done()` holds and the browser painted the next frame. */
export const timeUntilInPage = `
window.__timeUntil = async (action, done, timeoutMs = 30000) => {
  const start = performance.now()
  action()
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 0))
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  return performance.now() - start
}
window.__shownText = () => document.querySelector('.board-summary__shown')?.textContent ?? ''
`

export function sortOnce(columnLabel) {
  const button = [...document.querySelectorAll('th button')].find((b) =>
    b.textContent.includes(columnLabel),
  )
  const th = button.closest('th')
  const before = th.getAttribute('aria-sort')
  return window.__timeUntil(
    () => button.click(),
    () => th.getAttribute('aria-sort') !== before,
  )
}

export function filterOnce(label) {
  const select = [...document.querySelectorAll('label')].find(
    (l) => l.textContent.trim() === label,
  )?.control
  // Alternate between the largest gemeente and "Alle": the shown count always changes.
  const next = select.value === '' ? [...select.options].find((o) => o.value).value : ''
  const before = window.__shownText()
  return window.__timeUntil(
    () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set
      setter.call(select, next)
      select.dispatchEvent(new Event('change', { bubbles: true }))
    },
    () => window.__shownText() !== before,
  )
}

export function searchOnce(text) {
  const input = [...document.querySelectorAll('label')].find(
    (l) => l.textContent.trim() === 'Zoeken',
  )?.control
  const before = window.__shownText()
  return window.__timeUntil(
    () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      setter.call(input, text)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    },
    () => window.__shownText() !== before,
  )
}

/** Opens the Wonen editor of the first row and stores the other colour: save → persisted → shown. */
export async function statusChangeOnce() {
  const row = document.querySelector('tbody tr.table__row')
  const href = row.querySelector('a').getAttribute('href')
  const cell = row.querySelector('button[aria-label^="Wonen: "]')
  const target = cell.getAttribute('aria-label') === 'Wonen: rood' ? 'groen' : 'rood'
  cell.click()
  let dialog
  while (!(dialog = document.querySelector('dialog[open] form')))
    await new Promise((r) => setTimeout(r, 10))
  dialog.querySelector(`input[aria-label="Wonen: ${target}"]`).click()
  await new Promise((r) => setTimeout(r, 0))
  const save = [...dialog.querySelectorAll('button[type="submit"]')][0]
  const current = () =>
    document
      .querySelector(`tbody a[href="${href}"]`)
      ?.closest('tr')
      ?.querySelector('button[aria-label^="Wonen: "]')
      ?.getAttribute('aria-label')
  return window.__timeUntil(
    () => save.click(),
    () => !document.querySelector('dialog[open]') && current() === `Wonen: ${target}`,
  )
}
