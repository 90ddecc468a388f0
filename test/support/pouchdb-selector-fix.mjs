/**
 * Loaded into pouchdb-server with `node --import` (sync-server.mjs). express-pouchdb 4.2 reads
 * only `doc_ids` from a `POST /<db>/_changes` body, so a replication with a Mango `selector`
 * (`filter=_selector`, the selector in the body, as CouchDB 2+ takes it) reached PouchDB without
 * its selector and failed. This hands the body's selector on, as CouchDB does. The app's first
 * download pulls the board before the history with two selectors (docs/sync-design.md §13).
 */
import fs from 'node:fs'
import Module, { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

const file = require.resolve('express-pouchdb/lib/routes/changes.js')
const source = fs.readFileSync(file, 'utf8')
const anchor = 'if (req.body && req.body.doc_ids) {'
if (!source.includes(anchor)) throw new Error(`express-pouchdb changed: check ${file}`)
const fixed = source.replace(
  anchor,
  `if (req.body && req.body.selector) {
      req.query.selector = req.body.selector;
    }
    ${anchor}`,
)
const patched = new Module(file)
patched.filename = file
patched.paths = Module._nodeModulePaths(path.dirname(file))
patched._compile(fixed, file)
patched.loaded = true
require.cache[file] = patched
