// @vitest-environment jsdom
// The language is kept in the browser's localStorage, which only the DOM environment has.
import { usePreferences } from '../stores/preferences-store'
import { useLanguage } from './language-store'

const ENTRY = 'doorstroombord.preferences'
const stored = () => JSON.parse(localStorage.getItem(ENTRY) ?? 'null') as { state: object }

describe('the chosen language and the user name share one stored entry', () => {
  it('keeps the name when the language changes, and the language when the name changes', () => {
    usePreferences.getState().setUserName('Sanne')
    useLanguage.getState().setLanguage('en')
    expect(stored().state).toEqual({ userName: 'Sanne', language: 'en' })

    usePreferences.getState().setUserName('Sanne de Vries')
    expect(stored().state).toEqual({ userName: 'Sanne de Vries', language: 'en' })
  })

  it('starts with what an earlier visit stored under the same key', async () => {
    localStorage.setItem(
      ENTRY,
      JSON.stringify({ state: { language: 'en', userName: 'Ali' }, version: 1 }),
    )
    vi.resetModules()
    const { useLanguage: fresh } = await import('./language-store')
    const { usePreferences: freshPreferences } = await import('../stores/preferences-store')
    expect(fresh.getState().language).toBe('en')
    expect(freshPreferences.getState()).not.toHaveProperty('language')
    expect(freshPreferences.getState().userName).toBe('Ali')
  })

  it('falls back to Dutch for a damaged or unknown stored value', async () => {
    localStorage.setItem(ENTRY, '{"state":{"language":"fr"}')
    vi.resetModules()
    expect((await import('./language-store')).useLanguage.getState().language).toBe('nl')
  })
})
