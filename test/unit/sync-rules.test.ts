/**
 * The server's rules (`validate_doc_update`) run as CouchDB runs them, without a server: who
 * may write, that the function is plain ES5, and who may change the design document. The same
 * rules against a real server: sync-setup.test.ts.
 */
import { runInNewContext } from 'node:vm'
import { parse } from 'espree'
import { describe, expect, it } from 'vitest'
import { VALIDATE_DOC_UPDATE } from '../../scripts/sync/validate-doc-update.mjs'
import { youthDoc } from '../support/sync-docs'

describe('the rules themselves (as CouchDB runs them)', () => {
  // On CouchDB 3 `_security` already refuses non-members before the rules run; the rules
  // refuse them as well, so a server whose security object was loosened by hand still does.
  type User = { name: string | null; roles: string[] }
  const validate = runInNewContext(`(${VALIDATE_DOC_UPDATE})`) as (
    doc: unknown,
    old: unknown,
    user: User,
    security: unknown,
  ) => void
  const security = { members: { names: ['anna'], roles: ['_admin', 'team'] } }
  function refusal(doc: unknown, user: User): Record<string, string> | undefined {
    try {
      validate(doc, null, user, security)
      return undefined
    } catch (thrown) {
      return thrown as Record<string, string>
    }
  }

  it('refuses a logged-in non-member and an anonymous writer, accepts a member by role', () => {
    const doc = youthDoc('r1')
    expect(refusal(doc, { name: 'olaf', roles: [] })?.forbidden).toMatch(/^not-member/)
    expect(refusal(doc, { name: null, roles: [] })?.unauthorized).toMatch(/^login/)
    expect(refusal(doc, { name: 'piet', roles: ['team'] })).toBeUndefined()
    expect(refusal(doc, { name: 'anna', roles: [] })).toBeUndefined()
  })

  it('is plain ES5, which every CouchDB 3 JavaScript engine (SpiderMonkey 1.8.5 too) runs', () => {
    // espree is ESLint's parser (a devDependency through eslint): with ecmaVersion 5 a `let`,
    // an arrow function or a template string is a syntax error.
    expect(() => parse(`(${VALIDATE_DOC_UPDATE})`, { ecmaVersion: 5 })).not.toThrow()
    expect(() => parse('(function () { let a = 1 })', { ecmaVersion: 5 })).toThrow()
  })

  it('lets only an admin change the design document', () => {
    const design = { _id: '_design/doorstroombord' }
    expect(refusal(design, { name: 'anna', roles: [] })?.forbidden).toMatch(/^design/)
    expect(refusal(design, { name: 'beheer', roles: ['_admin'] })).toBeUndefined()
  })
})
