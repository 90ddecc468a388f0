/**
 * A real `pouchdb-server` (CouchDB's HTTP API in Node) for the sync tests, the sync benchmark
 * and `npm run sync-server`. It listens on 127.0.0.1 only, on a free port, and is set up as in
 * production: once an administrator exists it enforces `_security` and `validate_doc_update`
 * (before that it is an "admin party" where everyone is admin).
 *
 * pouchdb-server writes config.json and log.txt into its working folder, so it runs from a
 * folder of its own: a temp folder that `stop()` removes, or the folder the caller names.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const BIN = resolve(import.meta.dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server')
/** Makes pouchdb-server keep replicated updates under validate_doc_update (see the file). */
const VALIDATION_FIX = pathToFileURL(
  resolve(import.meta.dirname, 'pouchdb-validation-fix.mjs'),
).href
/** Makes pouchdb-server take a replication's Mango selector from the body (see the file). */
const SELECTOR_FIX = pathToFileURL(resolve(import.meta.dirname, 'pouchdb-selector-fix.mjs')).href

/** A port the OS says is free right now (closed again before the server takes it). */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => done(port))
    })
  })
}

/** Basic authentication for one user, as an HTTP header value. */
export function basicAuth(name, password) {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
}

async function waitUntilUp(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server stopped (${child.exitCode})`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`pouchdb-server did not answer on ${url}`)
    await new Promise((wait) => setTimeout(wait, 100))
  }
}

/**
 * Starts pouchdb-server and creates its administrator.
 * @param {object} [options]
 * @param {string} [options.dir] keep the databases (LevelDB) and config here; default: a temp
 *   folder with the databases in memory, removed by `stop()`
 * @param {number} [options.port] default: a free port
 * @param {{ name: string, password: string }} [options.admin]
 * @param {boolean} [options.log] pass the server's own log to this process's output
 */
export async function startSyncServer(options = {}) {
  const admin = options.admin ?? { name: 'beheerder', password: 'test-beheer-wachtwoord' }
  const port = options.port ?? (await freePort())
  const temporary = options.dir === undefined
  const cwd = options.dir ?? mkdtempSync(join(tmpdir(), 'dsb-pouchdb-server-'))
  const args = [
    '--import',
    VALIDATION_FIX,
    '--import',
    SELECTOR_FIX,
    BIN,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
  ]
  args.push(...(temporary ? ['--in-memory'] : ['--dir', cwd]))
  if (!options.log) args.push('--no-stdout-logs')
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', options.log ? 'inherit' : 'ignore', options.log ? 'inherit' : 'pipe'],
  })
  // Never outlive this process, also when it ends without calling stop().
  const orphanGuard = () => child.kill('SIGTERM')
  process.once('exit', orphanGuard)
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)))
  const url = `http://127.0.0.1:${port}`

  async function stop() {
    process.removeListener('exit', orphanGuard)
    // A child ended by a signal has no exit code: a second stop() must not wait for it again.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
    if (temporary) rmSync(cwd, { recursive: true, force: true })
  }

  try {
    await waitUntilUp(`${url}/`, child, 15_000)
    // Ends the admin party. With a kept --dir the admin exists already: then the same call
    // needs the admin's own credentials and changes nothing.
    const adminUrl = `${url}/_config/admins/${encodeURIComponent(admin.name)}`
    const body = JSON.stringify(admin.password)
    let response = await fetch(adminUrl, { method: 'PUT', body })
    if (response.status === 401) {
      const headers = { Authorization: basicAuth(admin.name, admin.password) }
      response = await fetch(adminUrl, { method: 'PUT', headers, body })
    }
    if (!response.ok) {
      throw new Error(`Could not create the administrator: ${response.status}`)
    }
  } catch (error) {
    await stop()
    throw new Error(`${error.message}\n${stderr}`)
  }
  return { url, port, admin, dir: cwd, stop }
}
