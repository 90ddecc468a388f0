import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { useLanguage } from '../../src/i18n'
import { useNotices } from '../../src/stores/notice-store'
import { usePreferences } from '../../src/stores/preferences-store'
import { useSyncStore } from '../../src/stores/sync-store'

// Two shared cores: give screens that read IndexedDB time to settle before a find fails.
configure({ asyncUtilTimeout: 4000 })

// jsdom has <dialog> but not its modal methods; the app relies on them.
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true
    },
    close(this: HTMLDialogElement) {
      this.open = false
    },
  })
}

// jsdom has no layout: give the board's scroll area a laptop-sized box so the virtualised
// table renders the rows in view, as in a browser.
for (const [prop, size] of [
  ['clientHeight', 800],
  ['clientWidth', 1280],
] as const) {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, prop)
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      if (this.classList.contains('virtual-table')) return size
      return (original?.get?.call(this) as number | undefined) ?? 0
    },
  })
}

// Every screen test starts with the default UI state.
beforeEach(() => {
  usePreferences.setState({ userName: '' })
  useLanguage.setState({ language: 'nl' })
  useNotices.setState({ notices: [] })
  useSyncStore.setState({ state: { kind: 'off' }, connection: null })
})

// Tests replace these browser functions by assignment; put the originals back.
const urlFunctions = Object.getOwnPropertyDescriptors(URL)
afterEach(() => {
  cleanup()
  // Files share one document: nothing a test appended outside React stays for the next.
  document.body.replaceChildren()
  for (const name of ['createObjectURL', 'revokeObjectURL'] as const) {
    const original = urlFunctions[name]
    if (original) Object.defineProperty(URL, name, original)
    else Reflect.deleteProperty(URL, name)
  }
  vi.useRealTimers()
})
