/**
 * Sets up one team database on Apache CouchDB 3 or pouchdb-server through the plain HTTP API
 * both speak: the database, its `_security` (members only) and the design document with
 * `validate_doc_update`. Safe to run again: it creates what is missing, adds members, and
 * replaces the design document only when it differs; it never deletes or empties anything.
 */
import { MESSAGES } from './messages.mjs'
import { teamDesignDoc } from './validate-doc-update.mjs'

/** CouchDB allows more (`$()+/`), but a team name also becomes part of a URL path under /db/. */
const TEAM_NAME = /^[a-z][a-z0-9_-]{0,63}$/

export class SetupError extends Error {}

const union = (a = [], b = []) => [...new Set([...a, ...b])]
/** Equal as JSON whatever the key order (a server may hand fields back in another order). */
function sameJson(a, b) {
  const canonical = (value) =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, canonical(value[key])]),
          )
        : value
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/**
 * @param {object} options
 * @param {string} options.url the server's base URL, e.g. http://127.0.0.1:5984
 * @param {string} options.team
 * @param {{ name: string, password: string }} options.admin
 * @param {{ name: string, password?: string }[]} [options.members]
 * @param {'nl' | 'en'} [options.lang]
 * @returns {Promise<string[]>} what was done, one message per step
 */
export async function setupTeam({ url, team, admin, members = [], lang = 'nl' }) {
  const say = MESSAGES[lang]
  const base = url.replace(/\/+$/, '')
  if (!TEAM_NAME.test(team)) throw new SetupError(say.badTeam(team))
  for (const member of members) {
    if (!member.name || member.name.includes(':')) throw new SetupError(say.badMember(member.name))
  }
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`
  const report = []

  async function call(method, path, body) {
    try {
      const response = await fetch(base + path, {
        method,
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : {} }
    } catch (error) {
      throw new SetupError(
        say.unreachable(base, error.cause?.code ?? error.cause?.message ?? error.message),
      )
    }
  }
  function expect(result, what, ...ok) {
    if (ok.includes(result.status)) return result
    const reason = [result.body.error, result.body.reason].filter(Boolean).join(': ')
    throw new SetupError(say.failed(what, result.status, reason))
  }

  const root = await call('GET', '/')
  // Wrong credentials are refused on every path, the welcome too.
  if (root.status === 401) throw new SetupError(say.notAdmin(admin.name))
  const welcome = expect(root, 'GET /', 200).body
  report.push(
    say.server(
      base,
      welcome.couchdb ? `CouchDB ${welcome.version}` : (welcome.vendor?.name ?? '?'),
    ),
  )
  const session = await call('GET', '/_session')
  if (session.status === 401 || !session.body.userCtx?.roles?.includes('_admin')) {
    throw new SetupError(say.notAdmin(admin.name))
  }

  // CouchDB 3 leaves creating _users to the cluster setup; pouchdb-server has it already.
  if ((await call('GET', '/_users')).status === 404) {
    expect(await call('PUT', '/_users'), 'PUT /_users', 201, 202, 412)
    report.push(say.usersCreated)
  }
  const created = expect(await call('PUT', `/${team}`), `PUT /${team}`, 201, 202, 412)
  report.push(created.status === 412 ? say.dbExists(team) : say.dbCreated(team))

  for (const member of members) {
    const path = `/_users/${encodeURIComponent(`org.couchdb.user:${member.name}`)}`
    const found = expect(await call('GET', path), `GET ${path}`, 200, 404)
    if (found.status === 200) report.push(say.userExists(member.name))
    else if (member.password === undefined) report.push(say.userMissing(member.name))
    else {
      const user = { name: member.name, password: member.password, roles: [], type: 'user' }
      expect(await call('PUT', path, user), `PUT ${path}`, 201, 202)
      report.push(say.userCreated(member.name))
    }
  }

  // Members only. `_admin` among the member roles keeps the list from ever being empty: an
  // empty members list makes a CouchDB database public (CouchDB 3 creates new databases so).
  const security = expect(await call('GET', `/${team}/_security`), 'GET _security', 200).body
  const wanted = {
    ...security,
    admins: { names: union(security.admins?.names), roles: union(security.admins?.roles) },
    members: {
      names: union(
        security.members?.names,
        members.map((member) => member.name),
      ),
      roles: union(security.members?.roles, ['_admin']),
    },
  }
  if (sameJson(security, wanted)) report.push(say.securitySame)
  else {
    expect(await call('PUT', `/${team}/_security`, wanted), 'PUT _security', 200)
    report.push(say.securitySet(wanted.members.names))
  }

  const design = teamDesignDoc()
  const designPath = `/${team}/${design._id}`
  const current = expect(await call('GET', designPath), `GET ${designPath}`, 200, 404)
  const { _rev: rev, ...currentBody } = current.body
  if (current.status === 200 && sameJson(currentBody, design)) report.push(say.designSame)
  else {
    const body = current.status === 200 ? { ...design, _rev: rev } : design
    expect(await call('PUT', designPath, body), `PUT ${designPath}`, 201, 202)
    report.push(say.designSet)
  }
  report.push(say.done(team))
  return report
}
