import { describe, expect, it } from 'vitest'
import { connectSrc, syncOrigin, syncProxy } from '../../vite.config'

describe('serving the team server under /db/', () => {
  it('forwards /db/… to the server without the /db prefix', () => {
    const rule = syncProxy('http://127.0.0.1:5984')['/db/']
    expect(rule?.target).toBe('http://127.0.0.1:5984')
    expect(rule?.rewrite?.('/db/_session')).toBe('/_session')
    expect(rule?.rewrite?.('/db/demo/_changes?since=0')).toBe('/demo/_changes?since=0')
  })

  it("keeps connect-src to the app's own origin unless a build names one other origin", () => {
    expect(connectSrc(syncOrigin(undefined))).toBe("connect-src 'self'")
    expect(connectSrc(syncOrigin(''))).toBe("connect-src 'self'")
    expect(connectSrc(syncOrigin('https://sync.example.nl'))).toBe(
      "connect-src 'self' https://sync.example.nl",
    )
  })

  it.each([
    'sync.example.nl',
    'https://sync.example.nl/db',
    "https://a.nl 'unsafe-inline'",
    'https://a.nl https://b.nl',
    'ftp://a.nl',
    '*',
  ])('refuses %j as the sync origin, so a typo cannot widen the CSP', (value) => {
    expect(() => syncOrigin(value)).toThrow(/VITE_SYNC_ORIGIN/)
  })
})
